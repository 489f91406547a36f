import { formatDuration } from './format';
import type { TimingPhases } from './types';

/** Every phase main measures, in the order they happen. */
const PHASE_LABELS: Record<keyof TimingPhases, string> = {
  wait: 'Socket wait',
  dns: 'DNS lookup',
  tcp: 'TCP connect',
  tls: 'TLS handshake',
  firstByte: 'Waiting (first byte)',
  download: 'Download',
};

/**
 * The phases as one waterfall track (each starts where the previous ended, scaled to the
 * total) over a legend that lists them with their times.
 */
export function TimingWaterfall({ phases, total }: { phases: TimingPhases; total: number }) {
  const measured = (Object.keys(PHASE_LABELS) as Array<keyof TimingPhases>).filter(
    (phase) => phases[phase] !== undefined,
  );
  if (measured.length === 0) return null;
  const durations = measured.map((phase) => phases[phase] ?? 0);
  const starts = durations.map((_, index) => durations.slice(0, index).reduce((a, b) => a + b, 0));
  const scale = Math.max(total, (starts.at(-1) ?? 0) + (durations.at(-1) ?? 0), 1);
  const percent = (ms: number) => `${(ms / scale) * 100}%`;
  return (
    <div className="timing">
      <span className="timing-track" aria-hidden="true">
        {measured.map((phase, index) => (
          <span
            key={phase}
            className="timing-bar"
            data-phase={phase}
            style={{ left: percent(starts[index] ?? 0), width: percent(durations[index] ?? 0) }}
          />
        ))}
      </span>
      <ol className="timing-legend" aria-label="Timing phases">
        {measured.map((phase, index) => (
          <li key={phase} className="timing-phase">
            <span className="timing-swatch" data-phase={phase} aria-hidden="true" />
            {PHASE_LABELS[phase]}{' '}
            <span className="timing-value">{formatDuration(durations[index] ?? 0)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
