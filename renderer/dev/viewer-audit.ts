import type { DomAudit } from './viewer-harness-api';

/** Elements that mean markup from a response went live, had any got into the viewer. */
const LIVE_ELEMENTS =
  'script, iframe, object, embed, base, img, svg, form, meta, link, style, a[href], textarea, math';

const violations: string[] = [];
const longTasks: number[] = [];
const longTaskObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
});

/** Starts recording policy violations and long tasks; call once when the page loads. */
export function startAuditing(): void {
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
  );
  longTaskObserver.observe({ type: 'longtask' });
}

/** Long tasks (ms) seen since the last call, up to the last finished task. */
export function takeLongTasks(): number[] {
  for (const entry of longTaskObserver.takeRecords()) longTasks.push(entry.duration);
  return longTasks.splice(0);
}

export function auditPage(root: HTMLElement): DomAudit {
  const withHandlers = [...document.querySelectorAll('*')].filter((element) =>
    [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on')),
  );
  const pwned = (globalThis as { __pwned?: unknown }).__pwned;
  return {
    pwned: pwned === undefined ? null : String(pwned),
    violations: [...violations],
    handlers: withHandlers.map((element) => element.outerHTML.slice(0, 120)),
    liveElements: [...root.querySelectorAll(LIVE_ELEMENTS)].map((element) =>
      element.outerHTML.slice(0, 120),
    ),
    baseURI: document.baseURI,
    scripts: document.scripts.length,
  };
}
