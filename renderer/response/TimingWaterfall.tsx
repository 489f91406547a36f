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

/** Each phase as a bar that starts where the previous one ended, scaled to the total. */
export function TimingWaterfall({ phases, total }: { phases: TimingPhases; total: number }) {
  const measured = (Object.keys(PHASE_LABELS) as Array<keyof TimingPhases>).filter(
    (phase) => phases[phase] !== undefined,
  );
  if (measured.length === 0) return null;
  const durations = measured.map((phase) => phases[phase] ?? 0);
  const starts = durations.map((_, index) => durations.slice(0, index).reduce((a, b) => a + b, 0));
  const scale = Math.max(total, (starts.at(-1) ?? 0) + (durations.at(-1) ?? 0), 1);
  return (
    <ol className="timing-waterfall" aria-label="Timing phases">
      {measured.map((phase, index) => {
        const duration = durations[index] ?? 0;
        const left = ((starts[index] ?? 0) / scale) * 100;
        const width = (duration / scale) * 100;
        return (
          <li key={phase} className="timing-phase">
            <span className="timing-label">{PHASE_LABELS[phase]}</span>
            <span className="timing-track" aria-hidden="true">
              <span
                className="timing-bar"
                style={{ left: `${left}%`, width: `max(${width}%, 1px)` }}
              />
            </span>
            <span className="timing-value">{formatDuration(duration)}</span>
          </li>
        );
      })}
    </ol>
  );
}
