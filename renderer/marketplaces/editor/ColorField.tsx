import type { CSSProperties } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { TextInput } from '../form/fields';
import { isHexColor } from '../validate-form';

/** Distinct in both themes, so two marketplaces side by side never look alike. */
const SWATCHES = [
  { name: 'Blue', hex: '#2f5bea' },
  { name: 'Green', hex: '#2f9e44' },
  { name: 'Teal', hex: '#0c8599' },
  { name: 'Violet', hex: '#7048e8' },
  { name: 'Pink', hex: '#c2255c' },
  { name: 'Red', hex: '#e03131' },
  { name: 'Orange', hex: '#e8590c' },
  { name: 'Slate', hex: '#5c677d' },
] as const;

interface ColorFieldProps {
  value: string;
  onChange: (hex: string) => void;
}

export function ColorField({ value, onChange }: ColorFieldProps) {
  const picked = SWATCHES.find((swatch) => swatch.hex === value.trim().toLowerCase());
  return (
    <div className="color-field">
      <RadioGroup
        className="form-field"
        orientation="horizontal"
        value={picked?.hex ?? null}
        onChange={onChange}
      >
        <Label className="form-label">Colour</Label>
        <div className="swatches">
          {SWATCHES.map((swatch) => (
            <Radio
              key={swatch.hex}
              value={swatch.hex}
              aria-label={swatch.name}
              className="swatch"
              style={{ '--swatch': swatch.hex } as CSSProperties}
            />
          ))}
        </div>
      </RadioGroup>
      <span
        className="color-preview"
        aria-hidden="true"
        style={{ '--swatch': isHexColor(value) ? value.trim() : 'transparent' } as CSSProperties}
      />
      <TextInput
        label="Hex"
        name="color"
        className="hex-input"
        value={value}
        onChange={onChange}
        mono
      />
    </div>
  );
}
