import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAIN_V8_FLAGS } from '../../main/app/v8-flags';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe("main's V8 flags", () => {
  it('are on the command line of every way main is started', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> })
      .scripts;
    const desktop = read('scripts/start-desktop.mjs');
    expect(MAIN_V8_FLAGS.length).toBeGreaterThan(0);
    for (const flag of MAIN_V8_FLAGS) {
      expect(scripts['start:web']).toContain(`node ${flag} bin/ocx.mjs web`);
      expect(desktop).toContain(`--js-flags=${flag}`);
    }
  });
});
