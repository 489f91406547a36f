import type { BridgeError } from '../../preload/contract';

/** A request that got no HTTP answer: what happened and, when main knows, what to do. */
export function ExchangeFailure({ error }: { error: BridgeError }) {
  const hint = hintOf(error.details);
  return (
    <div className="exchange-failure" role="alert">
      <p className="exchange-failure-title">{error.message}</p>
      {hint && <p className="exchange-failure-hint">{hint}</p>}
      <p className="exchange-failure-code mono">{error.code}</p>
    </div>
  );
}

function hintOf(details: unknown): string | undefined {
  if (typeof details === 'object' && details !== null && 'hint' in details) {
    const hint = (details as { hint: unknown }).hint;
    return typeof hint === 'string' ? hint : undefined;
  }
  return undefined;
}
