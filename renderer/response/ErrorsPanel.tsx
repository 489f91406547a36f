import { useId } from 'react';
import { explainInsufficientRoles } from './insufficient-roles';
import type { OrderCloudError } from './types';

interface ErrorsPanelProps {
  errors: readonly OrderCloudError[];
  grantedRoles?: readonly string[];
}

/** OrderCloud's Errors[]: each code, message and data as the API sent them, roles explained. */
export function ErrorsPanel({ errors, grantedRoles }: ErrorsPanelProps) {
  const headingId = useId();
  return (
    <section className="response-errors" aria-labelledby={headingId}>
      <h3 id={headingId} className="response-errors-heading">
        {errors.length === 1 ? 'Error' : `Errors (${errors.length})`}
      </h3>
      <ul className="response-error-list">
        {errors.map((error, index) => (
          <li key={index} className="response-error">
            <code className="error-code">{error.ErrorCode}</code>
            <p className="error-message">{error.Message}</p>
            {error.ErrorCode === 'InsufficientRoles' && (
              <RolesHint data={error.Data} grantedRoles={grantedRoles} />
            )}
            {error.Data !== undefined && error.Data !== null && (
              <details className="error-data">
                <summary>Data</summary>
                <pre>{JSON.stringify(error.Data, null, 2)}</pre>
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RolesHint({ data, grantedRoles }: { data: unknown; grantedRoles?: readonly string[] }) {
  const explanation = explainInsufficientRoles(data, grantedRoles);
  if (!explanation) return null;
  return (
    <div className="roles-hint">
      <p>{explanation.text}</p>
      {explanation.missing.length > 0 && (
        <p>
          Missing:{' '}
          {explanation.missing.map((role, index) => (
            <span key={role}>
              {index > 0 && ', '}
              <code className="role-name">{role}</code>
            </span>
          ))}
          . Request one of them in the sign-in scope, and make sure the API client and the user’s
          security profile grant it.
        </p>
      )}
    </div>
  );
}
