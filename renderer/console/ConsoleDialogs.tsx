import type { Tab } from '../../preload/contract';

export type ConsoleDialog =
  | { kind: 'sign-in'; tab: Tab }
  | { kind: 'session'; tab: Tab }
  | { kind: 'marketplace'; profileId?: string };

interface ConsoleDialogsProps {
  dialog: ConsoleDialog | undefined;
  onClose: () => void;
}

/** The console's modal dialogs, one at a time. */
export function ConsoleDialogs({ dialog }: ConsoleDialogsProps) {
  if (!dialog) return null;
  return null;
}
