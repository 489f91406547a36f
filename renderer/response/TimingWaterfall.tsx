import { formatDuration } from './format';
import type { TimingPhases } from './types';

const PHASES: ReadonlyArray<{ phase: keyof TimingPhases; label: string }> = [
  { phase: 'dns', label: 'DNS lookup' },
  { phase: 'tcp', label: 'TCP connect' },
  { phase: 'tls', label: 'TLS handshake' },
  { phase: 'request', label: 'Request sent' },
  { phase: 'firstByte', label: 'Waiting (first byte)' },
  { phase: 'download', label: 'Download' },
];

/** Each phase as a bar that starts where the previous one ended, scaled to the total. */
export function TimingWaterfall({ phases, total }: { phases: TimingPhases; total: number }) {
  const measured = PHASES.filter(({ phase }) => phases[phase] !== undefined);
  if (measured.length === 0) return null;
  const scale = Math.max(total, measured.reduce((sum, { phase }) => sum + (phases[phase] ?? 0), 0));
  let offset = 0;
  return (
    <ol className="timing-waterfall" aria-label="Timing phases">
      {measured.map(({ phase, label }) => {
        const duration = phases[phase] ?? 0;
        const left = scale ? (offset / scale) * 100 : 0;
        const width = scale ? (duration / scale) * 100 : 0;
        offset += duration;
        return (
          <li key={phase} className="timing-phase" data-phase={phase}>
            <span className="timing-label">{label}</span>
            <span className="timing-track" aria-hidden="true">
              <span className="timing-bar" style={{ left: `${left}%`, width: `max(${width}%, 1px)` }} />
            </span>
            <span className="timing-value">{formatDuration(duration)}</span>
          </li>
        );
      })}
    </ol>
  );
}
