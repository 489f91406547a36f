import { Label, Radio, RadioGroup } from 'react-aria-components';
import { REGIONS, Region, Stage, regionApiUrl } from '../../../preload/contract/environments';
import { STAGE_LABELS } from '../environment-label';
import { SelectField, TextInput, type Choice } from '../form/fields';
import type { EnvironmentForm } from '../marketplace-form';
import { fieldName } from '../validate-form';

const KINDS: readonly Choice<EnvironmentForm['kind']>[] = [
  { id: 'local', label: 'Local sandbox' },
  { id: 'region', label: 'OrderCloud region' },
  { id: 'custom', label: 'Custom URL' },
];

const REGION_CHOICES = Region.options.map((id) => ({ id, label: REGIONS[id].label }));
const STAGE_CHOICES = Stage.options.map((id) => ({ id, label: STAGE_LABELS[id] }));

interface EnvironmentPickerProps {
  value: EnvironmentForm;
  onChange: (value: EnvironmentForm) => void;
  isReadOnly?: boolean;
}

/** Where the marketplace's API lives: the embedded sandbox, a region × environment, or a URL. */
export function EnvironmentPicker({ value, onChange, isReadOnly }: EnvironmentPickerProps) {
  const change = (patch: Partial<EnvironmentForm>) => onChange({ ...value, ...patch });
  return (
    <div className="environment-picker">
      <RadioGroup
        className="form-field"
        orientation="horizontal"
        value={value.kind}
        isReadOnly={isReadOnly}
        onChange={(picked) => {
          const kind = KINDS.find((candidate) => candidate.id === picked)?.id;
          if (kind) change({ kind });
        }}
      >
        {/* The section's heading says it already; the group still needs its name. */}
        <Label className="visually-hidden">Environment</Label>
        <div className="segmented">
          {KINDS.map((kind) => (
            <Radio key={kind.id} value={kind.id} className="segment">
              {kind.label}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {value.kind === 'local' && (
        <p className="form-note">
          The OrderCloud-compatible sandbox built into OC Explorer, on this computer.
        </p>
      )}
      {value.kind === 'region' && (
        <div className="form-row environment-region">
          <SelectField
            label="Region"
            choices={REGION_CHOICES}
            value={value.region}
            onChange={(region) => change({ region })}
          />
          <SelectField
            label="OrderCloud environment"
            choices={STAGE_CHOICES}
            value={value.stage}
            onChange={(stage) => change({ stage })}
          />
          <TextInput
            label="API URL"
            className="grow"
            value={regionApiUrl(value.region, value.stage)}
            isReadOnly
            mono
          />
        </div>
      )}
      {value.kind === 'custom' && (
        <div className="form-row">
          <TextInput
            label="API URL"
            name={fieldName.environment('apiUrl')}
            className="grow"
            type="url"
            placeholder="https://api.example.com"
            value={value.apiUrl}
            onChange={(apiUrl) => change({ apiUrl })}
            mono
          />
          <TextInput
            label="Auth URL (optional)"
            name={fieldName.environment('authUrl')}
            className="grow"
            type="url"
            placeholder="Same as the API URL"
            value={value.authUrl}
            onChange={(authUrl) => change({ authUrl })}
            mono
          />
        </div>
      )}
    </div>
  );
}
