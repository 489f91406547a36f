import type { DesktopServices } from '../app/core';
import { chooseCipher } from './cipher-choice';
import { notifyIfUnfocused } from './notifier';
import { keyringStatus } from './safe-storage-cipher';

/** What main's services get from the desktop: notifications and the OS keyring. */
export const desktopServices: DesktopServices = {
  notify: notifyIfUnfocused,
  keyring: keyringStatus,
  vaultCipher: async (sealedWith) => chooseCipher(await keyringStatus(), sealedWith),
};
