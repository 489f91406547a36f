import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generateSnippet, type SnippetDeps } from '../../main/snippets/generate';
import { describeFromSpec } from '../../main/snippets/operation-shape';
import { SnippetRequest, type Snippet } from '../../preload/contract/snippets';
import { readRealSpecText } from '../fixtures/openapi/specs';
import type { z } from 'zod';

export const API_URL = 'https://sandboxapi.ordercloud.io';

let realSpec: unknown;

/** Operations as OrderCloud's real spec describes them, parsed once per test file. */
export const describeRealOperation = describeFromSpec(async () => {
  realSpec ??= JSON.parse(readRealSpecText());
  return realSpec;
});

export const realSpecDeps: SnippetDeps = { describeOperation: describeRealOperation };

export function snippet(
  input: Omit<z.input<typeof SnippetRequest>, 'apiUrl'> & { apiUrl?: string },
  deps: SnippetDeps = realSpecDeps,
): Promise<Snippet> {
  return generateSnippet(SnippetRequest.parse({ apiUrl: API_URL, ...input }), deps);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'ocx-snippets-'));
let fileCount = 0;

function scratchFile(extension: string, code: string): string {
  fileCount += 1;
  const file = path.join(scratch, `snippet-${fileCount}.${extension}`);
  writeFileSync(file, code);
  return file;
}

/** Throws with bash's message unless the command parses as shell. */
export function checkShellSyntax(code: string): void {
  execFileSync('bash', ['-n', scratchFile('sh', code)], { stdio: 'pipe' });
}

/** Throws with node's message unless the code parses as an ES module. */
export function checkModuleSyntax(code: string): void {
  execFileSync(process.execPath, ['--check', scratchFile('mjs', code)], { stdio: 'pipe' });
}

/** TypeScript's syntax errors for the code, as messages. */
export function typeScriptSyntaxErrors(code: string): string[] {
  const output = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (output.diagnostics ?? []).map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Type errors of TypeScript snippets compiled together against the installed
 * ordercloud-javascript-sdk: proof that the method names and argument order are the SDK's own.
 */
export function typeScriptTypeErrors(snippets: readonly string[]): string[] {
  const files = snippets.map((code) => scratchFile('ts', code));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [path.join(repoRoot, 'node_modules/@types')],
    paths: {
      'ordercloud-javascript-sdk': [
        path.join(repoRoot, 'node_modules/ordercloud-javascript-sdk/dist/index.d.ts'),
      ],
    },
  });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file ? `${path.basename(diagnostic.file.fileName)}: ` : '';
    return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  });
}

/** Reads a C# verbatim string literal back: what the program would see. */
export function readCsharpVerbatim(literal: string): string {
  if (!literal.startsWith('@"') || !literal.endsWith('"'))
    throw new Error(`not verbatim: ${literal}`);
  const inner = literal.slice(2, -1);
  if (inner.replace(/""/g, '').includes('"')) throw new Error(`lone quote in ${literal}`);
  return inner.replace(/""/g, '"');
}
