import type { ApiResponse } from './types';

/** Response headers in the order they came; a repeated header shows one row per value. */
export function HeadersTable({ headers }: { headers: ApiResponse['headers'] }) {
  const rows = Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((single) => [name, single] as const),
  );
  if (rows.length === 0) return <p className="rv-note">No headers.</p>;
  return (
    <table className="headers-table" aria-label="Response headers">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, value], index) => (
          <tr key={index}>
            <th scope="row" className="mono">
              {name}
            </th>
            <td className="mono">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
