import { useState } from 'react';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { BridgeError, Perspective, Profile } from '../../preload/contract';
import { DialogFrame } from '../marketplaces/form/DialogFrame';
import { useAsync } from '../state/use-async';
import { actAs, listParties, type Party, type PartyKind } from './act-as';

interface ActAsDialogProps {
  profile: Profile;
  via: Perspective;
  onActing: (perspectiveId: string) => void;
  onCancel: () => void;
}

const nameOf = (party: Party) =>
  party.Username
    ? `${party.Username}${party.FirstName ? ` · ${party.FirstName} ${party.LastName ?? ''}` : ''}`
    : (party.Name ?? party.ID);

/** Pick a buyer (or supplier) and one of its users; OrderCloud's impersonation configs decide. */
export function ActAsDialog({ profile, via, onActing, onCancel }: ActAsDialogProps) {
  const [kind, setKind] = useState<PartyKind>('buyer');
  const [orgId, setOrgId] = useState<string>();
  const [userId, setUserId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<BridgeError>();
  const key = { profileId: profile.id, perspectiveId: via.id };
  const collection = kind === 'buyer' ? 'buyers' : 'suppliers';

  const orgs = useAsync(`${collection}`, () => listParties(key, `/${collection}`));
  const users = useAsync(orgId ? `${collection}/${orgId}` : undefined, () =>
    listParties(key, `/${collection}/${orgId}/users`),
  );
  const orgList = orgs?.ok ? orgs.value : [];
  const userList = users?.ok ? users.value : [];
  const listError =
    (orgs && !orgs.ok ? orgs.error : undefined) ?? (users && !users.ok ? users.error : undefined);

  const submit = async () => {
    const org = orgList.find((candidate) => candidate.ID === orgId);
    const user = userList.find((candidate) => candidate.ID === userId);
    if (!org || !user) return;
    setBusy(true);
    const result = await actAs(profile, via, kind, org, user);
    setBusy(false);
    if (result.ok) onActing(result.value);
    else setFailure(result.error);
  };

  return (
    <DialogFrame
      title="Act as…"
      subtitle={`Impersonate a user through ${via.label}`}
      onCancel={onCancel}
    >
      <div className="act-as">
        <RadioGroup
          value={kind}
          onChange={(value) => {
            setKind(value as PartyKind);
            setOrgId(undefined);
            setUserId(undefined);
          }}
          orientation="horizontal"
          className="act-as-kind"
        >
          <Label>Act as a</Label>
          <Radio value="buyer">Buyer user</Radio>
          <Radio value="supplier">Supplier user</Radio>
        </RadioGroup>
        <PartySelect
          label={kind === 'buyer' ? 'Buyer' : 'Supplier'}
          items={orgList}
          selected={orgId}
          onSelect={(id) => {
            setOrgId(id);
            setUserId(undefined);
          }}
        />
        <PartySelect
          label="User"
          items={userList}
          selected={userId}
          onSelect={setUserId}
          disabled={!orgId}
        />
        {(failure ?? listError) && (
          <div className="exchange-failure" role="alert">
            <p className="exchange-failure-title">{(failure ?? listError)!.message}</p>
            <p className="exchange-failure-hint">{explain(failure ?? listError!)}</p>
          </div>
        )}
        <div className="dialog-actions">
          <Button className="secondary-button" onPress={onCancel}>
            Cancel
          </Button>
          <Button
            className="primary-button"
            isDisabled={!userId || busy}
            onPress={() => void submit()}
          >
            {busy ? 'Signing in…' : 'Act as this user'}
          </Button>
        </div>
      </div>
    </DialogFrame>
  );
}

function PartySelect(props: {
  label: string;
  items: Party[];
  selected?: string;
  onSelect: (id: string) => void;
  disabled?: boolean;
}) {
  return (
    <Select
      selectedKey={props.selected ?? null}
      onSelectionChange={(key) => props.onSelect(String(key))}
      isDisabled={props.disabled}
      className="act-as-select"
    >
      <Label>{props.label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="select-popover">
        <ListBox items={props.items}>
          {(party) => (
            <ListBoxItem id={party.ID} textValue={nameOf(party)} className="select-item">
              {nameOf(party)}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

/** What to do about a refusal: name the missing role or the missing impersonation config. */
function explain(error: BridgeError): string {
  const details = error.details as
    { SufficientRoles?: string[]; AssignedRoles?: string[] } | undefined;
  if (error.code === 'InsufficientRoles' && details?.SufficientRoles)
    return `The perspective you act through needs one of: ${details.SufficientRoles.join(', ')}.`;
  if (/impersonat/i.test(error.message) || error.code.includes('Impersonation'))
    return 'No impersonation config lets this user act as that one. An admin adds one under Impersonation Configs (and the BuyerImpersonation role).';
  return 'Check that the perspective you act through is signed in and may read these users.';
}
