/**
 * "Compare with the other pane" as a command: the focused pane's Compare menu answers it,
 * whether it came from the keyboard (Ctrl/Cmd+Shift+D) or the native menu.
 */
let handler: (() => void) | undefined;

export function answerCompareCommand(run: () => void): () => void {
  handler = run;
  return () => {
    if (handler === run) handler = undefined;
  };
}

export function compareInFocusedPane(): void {
  handler?.();
}
