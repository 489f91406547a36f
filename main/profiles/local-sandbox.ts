import type { SandboxHandle, SandboxOptions, SandboxReadyInfo } from '../sandbox/index';

export type StartSandbox = (options: SandboxOptions) => Promise<SandboxHandle>;

export interface LocalSandboxOptions {
  /** Where the sandbox keeps its marketplace, so data and tokens survive a restart. */
  dataFile?: string;
  /** Injected by tests; by default the embedded sandbox, loaded only when first needed. */
  start?: StartSandbox;
}

const startEmbeddedSandbox: StartSandbox = async (options) => {
  const { startSandbox } = await import('../sandbox/index');
  return startSandbox(options);
};

/**
 * The built-in "Local sandbox" marketplace of this process: started on first use, on a free
 * loopback port, once however many callers ask at the same time.
 */
export class LocalSandbox {
  private starting: Promise<SandboxHandle> | undefined;

  constructor(private readonly options: LocalSandboxOptions = {}) {}

  handle(): Promise<SandboxHandle> {
    this.starting ??= (this.options.start ?? startEmbeddedSandbox)({
      port: 0,
      dataFile: this.options.dataFile,
    }).catch((error: unknown) => {
      this.starting = undefined;
      throw error;
    });
    return this.starting;
  }

  async url(): Promise<string> {
    return (await this.handle()).url;
  }

  async info(): Promise<SandboxReadyInfo> {
    return (await this.handle()).info;
  }

  get started(): boolean {
    return this.starting !== undefined;
  }

  async close(): Promise<void> {
    const starting = this.starting;
    this.starting = undefined;
    if (starting) await (await starting).close();
  }
}
