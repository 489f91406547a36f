import type { HttpMethod } from '../../preload/contract';

const SHORT: Record<HttpMethod, string> = {
  GET: 'GET',
  POST: 'POST',
  PUT: 'PUT',
  PATCH: 'PATCH',
  DELETE: 'DEL',
  HEAD: 'HEAD',
  OPTIONS: 'OPT',
};

export function MethodBadge({ method }: { method: HttpMethod }) {
  return (
    <span className="method-badge" data-method={method} aria-label={method}>
      {SHORT[method]}
    </span>
  );
}
