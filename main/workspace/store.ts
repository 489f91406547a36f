import Conf from 'conf';
import { Workspace } from '../../preload/contract';

interface WorkspaceFile {
  workspace?: unknown;
}

/** The layout of panes and tabs with their drafts. Nothing secret: drafts carry no token. */
export class WorkspaceStore {
  private readonly conf: Conf<WorkspaceFile>;

  constructor(dataDir: string) {
    this.conf = new Conf<WorkspaceFile>({
      cwd: dataDir,
      configName: 'workspace',
      projectName: 'oc-explorer',
      configFileMode: 0o600,
    });
  }

  /** A workspace from an older or damaged file is dropped: the UI then opens a fresh one. */
  load(): Workspace | null {
    const parsed = Workspace.safeParse(this.conf.get('workspace'));
    return parsed.success ? parsed.data : null;
  }

  save(workspace: Workspace): void {
    this.conf.set('workspace', workspace);
  }
}
