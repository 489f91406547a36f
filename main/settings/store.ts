import Conf from 'conf';
import { Settings } from '../../preload/contract';

const DEFAULTS: Settings = { theme: 'system' };

/** Preferences that are not secret and not per marketplace. */
export class SettingsStore {
  private readonly conf: Conf<Settings>;

  constructor(dataDir: string) {
    this.conf = new Conf<Settings>({
      cwd: dataDir,
      configName: 'settings',
      projectName: 'oc-explorer',
      defaults: DEFAULTS,
      configFileMode: 0o600,
    });
  }

  get(): Settings {
    const parsed = Settings.safeParse(this.conf.store);
    return parsed.success ? parsed.data : DEFAULTS;
  }

  update(patch: Partial<Settings>): Settings {
    const next = Settings.parse({ ...this.get(), ...patch });
    this.conf.store = next;
    return next;
  }
}
