import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

const IMPORT_ELECTRON = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
const IMPORT_MAIN =
  "import { createAppCore } from '../main/app/core';\nexport const x = createAppCore;\n";

async function restrictedImports(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the import boundaries in eslint.config.js', () => {
  it.each(['renderer/lint-probe.ts', 'renderer/features/lint-probe.tsx', 'main/lint-probe.ts'])(
    "rejects importing 'electron' in %s",
    async (file) => {
      const messages = await restrictedImports(IMPORT_ELECTRON, file);
      expect(messages).toEqual([expect.stringContaining('Only main/electron/ and preload/')]);
    },
  );

  it('rejects it in main/ outside main/electron, however deep', async () => {
    expect(await restrictedImports(IMPORT_ELECTRON, 'main/vault/lint-probe.ts')).toHaveLength(1);
  });

  it('rejects renderer/ importing from main/', async () => {
    const messages = await restrictedImports(IMPORT_MAIN, 'renderer/lint-probe.ts');
    expect(messages).toEqual([expect.stringContaining('only through the preload contract')]);
  });

  it('rejects the desktop shell importing renderer code', async () => {
    const code = "import { App } from '../../renderer/App';\nexport const x = App;\n";
    const messages = await restrictedImports(code, 'main/electron/lint-probe.ts');
    expect(messages).toEqual([expect.stringContaining('main/ must not depend on the UI')]);
  });

  it.each(['main/electron/lint-probe.ts', 'preload/lint-probe.ts'])(
    "allows 'electron' in the adapter %s",
    async (file) => {
      expect(await restrictedImports(IMPORT_ELECTRON, file)).toEqual([]);
    },
  );
});
