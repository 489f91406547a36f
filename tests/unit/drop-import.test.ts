import { describe, expect, it } from 'vitest';
import { PROFILE_EXPORT_FORMAT } from '../../preload/contract/sessions';
import {
  MAX_DROP_BYTES,
  detectDroppedKind,
  refuseBySize,
} from '../../renderer/app/drop-import/detect-kind';
import {
  carriesFiles,
  pickDroppedFile,
  type DroppedFile,
  type FileTransfer,
} from '../../renderer/app/drop-import/pick-file';
import { readRealSpecText } from '../fixtures/openapi/specs';

const tinySpec = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'Widgets', version: '1.0' },
  paths: {},
});

const profileExport = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: PROFILE_EXPORT_FORMAT,
    version: 1,
    exportedAt: '2026-11-23T12:00:00.000Z',
    profiles: [{ name: 'Acme staging' }, { name: 'Acme production' }],
    ...extra,
  });

function refusal(fileName: string, text: string): string {
  const kind = detectDroppedKind(fileName, text);
  if (kind.kind !== 'refused') throw new Error(`expected a refusal, got ${kind.kind}`);
  return kind.reason;
}

describe('detectDroppedKind', () => {
  it('knows an OpenAPI 3 spec by its content, whatever the file is called', () => {
    expect(detectDroppedKind('download', tinySpec)).toEqual({ kind: 'spec' });
    expect(detectDroppedKind('notes.txt', `\uFEFF\n  ${tinySpec}`)).toEqual({ kind: 'spec' });
  });

  it('knows the real OrderCloud spec', () => {
    expect(detectDroppedKind('openapi.json', readRealSpecText())).toEqual({ kind: 'spec' });
  });

  it('knows a marketplace export, its names and whether it carries sealed secrets', () => {
    expect(detectDroppedKind('export.json', profileExport())).toEqual({
      kind: 'profiles',
      names: ['Acme staging', 'Acme production'],
      hasSealedSecrets: false,
    });
    expect(detectDroppedKind('x', profileExport({ sealedSecrets: 'v1.abc' }))).toMatchObject({
      kind: 'profiles',
      hasSealedSecrets: true,
    });
  });

  it('calls malformed JSON malformed and says nothing was imported', () => {
    const reason = refusal('broken.json', '{ "openapi": "3.0.1", ');
    expect(reason).toMatch(/^“broken\.json” is not valid JSON \(.+\)\. Nothing was imported\.$/);
  });

  it.each([
    ['empty', '', /is empty/],
    ['blank', '  \n\t', /is empty/],
    ['binary', 'PK\u0003\u0004\u0000\u0000garbage', /not a text file/],
    ['plain text', 'hello, world', /not JSON, so it is neither an OpenAPI spec nor/],
    ['an array', '[1, 2, 3]', /JSON, but neither an OpenAPI 3 spec nor/],
    ['a number', '42', /not JSON/],
    ['another JSON object', '{"Items": [], "Meta": {}}', /JSON, but neither an OpenAPI 3 spec nor/],
    ['a YAML spec', 'openapi: 3.0.1\ninfo:\n  title: x\n', /YAML OpenAPI spec.+as JSON/],
    ['Swagger 2', '{"swagger": "2.0", "paths": {}}', /Swagger 2\.0 document.+OpenAPI 3/],
    [
      'an export from a newer version',
      profileExport({ version: 2 }),
      /newer OC Explorer \(format version 2\)/,
    ],
  ])('refuses %s with a reason', (_what, text, reason) => {
    expect(refusal('dropped.file', text)).toMatch(reason);
  });

  it('refuses an export larger than profiles.import accepts', () => {
    const huge = profileExport({ padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(refusal('big.json', huge)).toMatch(/too big for a marketplace export \(over 5 MB\)/);
  });
});

describe('refuseBySize', () => {
  it('lets a file within the largest import limit be read', () => {
    expect(refuseBySize('spec.json', 700_000)).toBeUndefined();
    expect(refuseBySize('spec.json', MAX_DROP_BYTES)).toBeUndefined();
  });

  it('refuses a larger file before reading it, in megabytes', () => {
    expect(refuseBySize('dump.json', 80 * 1024 * 1024)).toBe(
      '“dump.json” is 80 MB; the largest file OC Explorer imports is 50 MB.',
    );
  });
});

const file = (name: string): DroppedFile => ({
  name,
  size: 10,
  text: () => Promise.resolve('{}'),
});

const transfer = (files: DroppedFile[], directories: boolean[] = []): FileTransfer => ({
  types: ['Files'],
  files,
  items: files.map((_, index) => ({
    kind: 'file',
    webkitGetAsEntry: () => ({ isDirectory: directories[index] ?? false }),
  })),
});

describe('pickDroppedFile', () => {
  it('takes the one file of a drop', () => {
    const only = file('spec.json');
    expect(pickDroppedFile(transfer([only]))).toEqual({ ok: true, file: only });
  });

  it('refuses several files at once, saying how many', () => {
    const picked = pickDroppedFile(transfer([file('a.json'), file('b.json'), file('c.json')]));
    expect(picked).toEqual({ ok: false, reason: expect.stringMatching(/one file at a time.+3/) });
  });

  it('refuses a folder', () => {
    const picked = pickDroppedFile(transfer([file('specs')], [true]));
    expect(picked).toEqual({ ok: false, reason: expect.stringMatching(/^Folders cannot/) });
  });

  it('refuses a drop with no file', () => {
    expect(pickDroppedFile(transfer([]))).toMatchObject({ ok: false });
  });
});

describe('carriesFiles', () => {
  it('is true only for drags of files, so text dragged inside the page is left alone', () => {
    expect(carriesFiles({ types: ['Files'] })).toBe(true);
    expect(carriesFiles({ types: ['text/plain', 'Files'] })).toBe(true);
    expect(carriesFiles({ types: ['text/plain', 'text/html'] })).toBe(false);
    expect(carriesFiles(null)).toBe(false);
  });
});
