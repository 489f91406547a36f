#!/usr/bin/env node
// The static security gate `npm test` runs: Electronegativity over the TypeScript sources of
// main/ and preload/, scanned together so its whole-app checks find handlers wherever they live.
// It fails on any finding above LOW, and on any finding at all of the NEVER_EXCUSED families.
// Other findings pass only when security/electronegativity-baseline.json excuses them, each
// with a written reason. Usage: node scripts/security-gate.mjs [--root DIR]  (DIR: a checkout)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootFlag = process.argv.indexOf('--root');
const root =
  rootFlag > 0
    ? path.resolve(process.argv[rootFlag + 1] ?? '.')
    : path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BASELINE = path.join(root, 'security', 'electronegativity-baseline.json');
const SCANNED = ['main', 'preload'];
const SCANNED_FILE = /\.(ts|tsx|js|jsx|html)$/;
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const NEVER_EXCUSED = {
  'node-integration': /NODE_INTEGRATION/,
  'context-isolation': /^CONTEXT_ISOLATION_/,
  'web-security': /^WEB_SECURITY_/,
  'insecure-content': /^INSECURE_CONTENT_/,
  'dangerous-functions': /^DANGEROUS_FUNCTIONS_/,
  'remote-module': /^REMOTE_MODULE_/,
};
/** A file the scan must flag: proof that Electronegativity really ran and parsed TypeScript. */
const CANARY = {
  check: 'NODE_INTEGRATION_JS_CHECK',
  code: "import { BrowserWindow } from 'electron';\nconst size: number = 1;\nexport const w = new BrowserWindow({ width: size, webPreferences: { nodeIntegration: true } });\n",
};

class GateError extends Error {}

const started = performance.now();
const work = mkdtempSync(path.join(tmpdir(), 'ocx-security-gate-'));
try {
  const [findings, canaryFindings] = await quietly(() =>
    Promise.all([
      scan(copySources(path.join(work, 'sources'))),
      scan(writeCanary(path.join(work, 'canary'))),
    ]),
  );
  if (!canaryFindings.some((finding) => finding.check === CANARY.check)) {
    throw new GateError('Electronegativity did not flag the canary file: the scan did not run.');
  }
  const { entries, problems } = readBaseline();
  const rows = findings.map((finding) => judge(finding, entries));
  const stale = entries.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  printReport(rows, stale, problems);
  const failed = problems.length > 0 || rows.some((row) => row.result === 'FAIL');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${failed ? '✘ security gate failed' : '✔ security gate passed'} (${seconds} s)`);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  if (!(error instanceof GateError)) throw error;
  console.error(`✘ security gate: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function copySources(target) {
  for (const folder of SCANNED) {
    cpSync(path.join(root, folder), path.join(target, folder), {
      recursive: true,
      filter: (source) => !path.extname(source) || SCANNED_FILE.test(source),
    });
  }
  return target;
}

function writeCanary(target) {
  mkdirSync(target);
  writeFileSync(path.join(target, 'canary.ts'), CANARY.code);
  return target;
}

/**
 * Runs Electronegativity through its package entry (the function its CLI calls). Not its CSV
 * file: 1.10.3 writes the CSV header and rows concurrently, and the header can overwrite or
 * truncate the first findings. The entry also returns the files it could not parse.
 */
async function scan(input) {
  const run = createRequire(import.meta.url)('@doyensec/electronegativity');
  const { issues, errors } = await run({
    input,
    isRelative: true,
    // Copied sources have no package.json to read the version from.
    electronVersionOverride: '45.0.0',
    // This check only fetches Electron's release list from GitHub; a test must not need that.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
  });
  const unparsed = errors.filter((error) => !error.tolerable);
  if (unparsed.length > 0) {
    const files = unparsed.map((error) => `  ${error.file}: ${error.message}`).join('\n');
    throw new GateError(`Electronegativity could not read:\n${files}`);
  }
  return issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    // Whole-app findings name no file or line; their description says what is missing.
    file: issue.file === 'N/A' ? '(whole app)' : issue.file.replaceAll('\\', '/'),
    line: issue.file === 'N/A' ? '' : `:${issue.location.line}`,
    text: issue.sample ?? issue.description,
  }));
}

/** Electronegativity logs that it could not fetch translations; nothing here needs them. */
async function quietly(work) {
  const log = console.log;
  console.log = () => {};
  try {
    return await work();
  } finally {
    console.log = log;
  }
}

function readBaseline() {
  const { entries = [] } = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const problems = entries.flatMap((entry) => {
    const name = `${entry.check} in ${entry.file}`;
    const family = familyOf(entry.check ?? '');
    return [
      !(entry.check && entry.file && entry.match) && `${name}: needs "check", "file" and "match".`,
      !(entry.reason?.trim().length >= 20) && `${name}: needs a written "reason", a sentence.`,
      family && `${name}: ${family} findings cannot be excused; fix the code instead.`,
    ].filter(Boolean);
  });
  return { entries, problems };
}

function familyOf(check) {
  return Object.keys(NEVER_EXCUSED).find((family) => NEVER_EXCUSED[family].test(check));
}

/** By check, file and a piece of the flagged source line: never by line number. */
function matches(entry, finding) {
  const { check, file, text } = finding;
  return entry.check === check && entry.file === file && text.includes(entry.match);
}

function judge(finding, entries) {
  const family = familyOf(finding.check);
  if (family) return { finding, result: 'FAIL', why: `never allowed: ${finding.text}` };
  const excuse = entries.find((entry) => matches(entry, finding));
  if (excuse) return { finding, result: 'excused', why: shorten(excuse.reason) };
  if (SEVERITY_RANK[finding.severity] <= SEVERITY_RANK.LOW) {
    return { finding, result: 'note', why: finding.text };
  }
  return { finding, result: 'FAIL', why: `${finding.text} — fix it, or baseline it with a reason` };
}

/** The table shows the start of a reason; the baseline file has all of it. */
function shorten(reason) {
  return reason.length > 90 ? `${reason.slice(0, 89)}…` : reason;
}

function printReport(rows, stale, problems) {
  console.log(`Electronegativity on ${SCANNED.map((folder) => `${folder}/`).join(' and ')}\n`);
  const table = [
    ['RESULT', 'CHECK', 'SEVERITY', 'WHERE', 'WHY'],
    ...rows.map(({ finding, result, why }) => [
      result,
      finding.check,
      `${finding.severity}/${finding.confidence}`,
      `${finding.file}${finding.line}`,
      why,
    ]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    );
  }
  if (rows.length === 0) console.log('(no findings)');
  for (const entry of stale) {
    console.log(
      `\nStale baseline entry, matches nothing (remove it): ${entry.check} in ${entry.file}`,
    );
  }
  for (const problem of problems) console.log(`\nBaseline problem: ${problem}`);
}
