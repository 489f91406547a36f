import { app } from 'electron';
import packageJson from '../../package.json' with { type: 'json' };

/** The same line electron-builder.yml writes into the installers (a test keeps them equal). */
export const COPYRIGHT = 'Copyright © OC Explorer contributors';

/** Help → About: name, version, copyright, icon, and package.json's homepage once it has one. */
export function setAboutPanel(iconPath: string): void {
  const website: unknown = (packageJson as Record<string, unknown>).homepage;
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    copyright: COPYRIGHT,
    ...(typeof website === 'string' ? { website } : {}),
    iconPath,
  });
}
