import { readPathValues } from './path-template';

const PARAM = /(\{[^}/]+\})/;

/** The path as it will be sent, URL-encoded, with each parameter's part marked. */
export function ResolvedPath({ template, path }: { template: string; path: string }) {
  const values = readPathValues(template, path) ?? {};
  return (
    <output className="resolved-path mono" aria-label="Resolved path" aria-live="off">
      {template.split(PARAM).map((part, index) => {
        if (index % 2 === 0) return part;
        const name = part.slice(1, -1);
        const value = values[name];
        return value ? (
          <span key={index} className="path-value" title={name}>
            {encodeURIComponent(value)}
          </span>
        ) : (
          <span key={index} className="path-placeholder">
            {part}
          </span>
        );
      })}
    </output>
  );
}
