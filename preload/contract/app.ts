import { z } from 'zod';
import { channel, event } from './define';

export const Runtime = z.enum(['electron', 'browser']);
export type Runtime = z.infer<typeof Runtime>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  runtime: Runtime,
  dataDir: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

export const Settings = z.object({
  theme: ThemePreference,
});
export type Settings = z.infer<typeof Settings>;

export const appChannels = {
  'app.info': channel(z.void(), AppInfo),
  'settings.get': channel(z.void(), Settings),
  'settings.update': channel(Settings.partial(), Settings),
  /** Opens an http(s) link in the user's browser, if the allowlist lets it through. */
  'app.openExternal': channel(
    z.object({ url: z.string().max(2048) }),
    z.object({ opened: z.boolean() }),
  ),
};

export const appEvents = {
  'settings.changed': event(Settings),
};
