import { useId } from 'react';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { API_ROLES } from './api-roles';

const FULL_ACCESS = 'FullAccess';

interface RoleGrantsProps {
  requestedRoles: readonly string[];
  grantedRoles: readonly string[];
  /** Requested but not granted, as main worked it out (FullAccess counts as every role). */
  missingRoles: readonly string[];
}

/** What the token may do: each requested role granted or not, then what came unasked. */
export function RoleGrants({ requestedRoles, grantedRoles, missingRoles }: RoleGrantsProps) {
  const missing = new Set(missingRoles);
  const unrequested = grantedRoles.filter((role) => !requestedRoles.includes(role));
  const hasFullAccess = grantedRoles.includes(FULL_ACCESS);
  const titleId = useId();
  const grantedCount =
    requestedRoles.length - requestedRoles.filter((role) => missing.has(role)).length;

  return (
    <section className="role-grants" aria-labelledby={titleId}>
      <h3 className="panel-subheading" id={titleId}>
        Requested roles
        <span className="role-grants-count">
          {grantedCount} of {requestedRoles.length} granted
        </span>
      </h3>
      {requestedRoles.length === 0 ? (
        <p className="form-note">None were requested.</p>
      ) : (
        <ul className="role-grant-list">
          {requestedRoles.map((role) => (
            <RoleGrant
              key={role}
              role={role}
              granted={!missing.has(role)}
              note={
                !grantedRoles.includes(role) && hasFullAccess ? 'through FullAccess' : undefined
              }
            />
          ))}
        </ul>
      )}
      {unrequested.length > 0 && (
        <>
          <h4 className="panel-minor-heading">Also granted</h4>
          <ul className="role-grant-list">
            {unrequested.map((role) => (
              <RoleGrant key={role} role={role} granted />
            ))}
          </ul>
        </>
      )}
      {hasFullAccess && (
        <Disclosure className="full-access">
          <Heading level={4} className="panel-minor-heading">
            <Button slot="trigger" className="disclosure-trigger">
              <span className="disclosure-chevron" aria-hidden="true">
                ▸
              </span>
              FullAccess includes all {API_ROLES.length} API roles
            </Button>
          </Heading>
          <DisclosurePanel>
            <ul className="role-grant-list full-access-roles">
              {API_ROLES.map((role) => (
                <RoleGrant key={role} role={role} granted />
              ))}
            </ul>
          </DisclosurePanel>
        </Disclosure>
      )}
    </section>
  );
}

function RoleGrant({ role, granted, note }: { role: string; granted: boolean; note?: string }) {
  return (
    <li className="role-grant" data-granted={granted}>
      <span className="role-grant-mark" aria-hidden="true">
        {granted ? '✓' : '✕'}
      </span>
      <span className="role-grant-name">{role}</span>
      {granted ? (
        note && <span className="role-grant-note">{note}</span>
      ) : (
        <span className="role-grant-note">not granted</span>
      )}
      {granted && !note && <span className="visually-hidden">granted</span>}
    </li>
  );
}
