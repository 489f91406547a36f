import { z } from 'zod';
import { channel, event } from './define';

/** What a native menu item (or its accelerator) asks the renderer to do. */
export const MenuCommand = z.enum([
  'tab.new',
  'tab.close',
  'pane.split',
  'palette.open',
  'request.send',
  'request.compare',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * Where safeStorage would keep its key. 'os' is the macOS Keychain or Windows DPAPI; the rest are
 * Linux's password stores as Chromium names them; 'none' is browser mode, which has no keyring.
 */
export const KeyringBackend = z.enum([
  'os',
  'gnome_libsecret',
  'kwallet',
  'kwallet5',
  'kwallet6',
  'basic_text',
  'unknown',
  'none',
]);
export type KeyringBackend = z.infer<typeof KeyringBackend>;

export const KeyringStatus = z.object({
  backend: KeyringBackend,
  /** False where the keyring would only obfuscate (basic_text) or cannot encrypt: use a passphrase. */
  secure: z.boolean(),
});
export type KeyringStatus = z.infer<typeof KeyringStatus>;

export const desktopChannels = {
  /** A system notification, shown only while OC Explorer's window is not focused. */
  'desktop.notify': channel(
    z.object({ title: z.string().min(1).max(120), body: z.string().max(500) }),
    z.object({ shown: z.boolean() }),
  ),
  /** Whether the system keyring can protect saved secrets, or a passphrase should. */
  'desktop.keyring': channel(z.void(), KeyringStatus),
};

export const desktopEvents = {
  'menu.command': event(z.object({ command: MenuCommand })),
};
