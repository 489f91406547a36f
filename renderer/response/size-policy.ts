const MB = 1024 * 1024;
/** Up to this size a body renders without asking. */
export const RENDER_WITHOUT_ASKING_BYTES = 20 * MB;
/** Above this size the viewer only offers to save the body. */
export const SAVE_ONLY_BYTES = 100 * MB;

/**
 * render: parse and show now. deferred: a restored response; show it on request.
 * ask: big enough to confirm first. save-only: too big to show at all.
 */
export type RenderDecision = 'render' | 'deferred' | 'ask' | 'save-only';

export function decideRendering(size: number, autoRender: boolean): RenderDecision {
  if (size > SAVE_ONLY_BYTES) return 'save-only';
  if (size > RENDER_WITHOUT_ASKING_BYTES) return 'ask';
  return autoRender ? 'render' : 'deferred';
}
