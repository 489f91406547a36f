#!/usr/bin/env node
// The static security gate `npm test` runs: Electronegativity over the TypeScript sources of
// main/ and preload/ together (so its whole-app checks see handlers wherever they live). Fails
// on any finding above LOW, and on any finding at all of the families below, which no baseline
// entry can excuse. Other findings are excused only by security/electronegativity-baseline.json,
// each entry with a written reason. Usage: node scripts/security-gate.mjs
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BASELINE = path.join(root, 'security', 'electronegativity-baseline.json');
const SCANNED = ['main', 'preload'];
const SOURCE_FILE = /\.(ts|tsx|js|jsx|html)$/;
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const NEVER_EXCUSED = {
  'node-integration': /NODE_INTEGRATION/,
  'context-isolation': /^CONTEXT_ISOLATION_/,
  'web-security': /^WEB_SECURITY_/,
  'insecure-content': /^INSECURE_CONTENT_/,
  'dangerous-functions': /^DANGEROUS_FUNCTIONS_/,
  'remote-module': /^REMOTE_MODULE_/,
};
/** A file that must be reported: proves the scanner ran and parsed TypeScript. */
const CANARY = {
  file: 'canary.ts',
  code: "import { BrowserWindow } from 'electron';\nconst options: { webPreferences: object } = { webPreferences: { nodeIntegration: true } };\nexport const window = new BrowserWindow(options.webPreferences ? { webPreferences: { nodeIntegration: true } } : {});\n",
  check: 'NODE_INTEGRATION_JS_CHECK',
};

const started = performance.now();
const work = mkdtempSync(path.join(tmpdir(), 'ocx-security-gate-'));
try {
  const [findings, canaryFindings] = await Promise.all([
    scan(copySources(path.join(work, 'sources')), path.join(work, 'sources.csv')),
    scan(writeCanary(path.join(work, 'canary')), path.join(work, 'canary.csv')),
  ]);
  if (!canaryFindings.some((finding) => finding.check === CANARY.check)) {
    fail('Electronegativity did not report the canary file: the scan did not really run.');
  }
  const baseline = readBaseline();
  const rows = findings.map((finding) => judge(finding, baseline.entries));
  const stale = baseline.entries.filter((entry) => !findings.some((f) => matches(entry, f)));
  printReport(rows, stale, baseline.problems);
  const failed = rows.some((row) => row.verdict === 'FAIL') || baseline.problems.length > 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${failed ? '✘ security gate failed' : '✔ security gate passed'} (${seconds} s)`);
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function copySources(target) {
  for (const folder of SCANNED) {
    cpSync(path.join(root, folder), path.join(target, folder), {
      recursive: true,
      filter: (source) => !path.extname(source) || SOURCE_FILE.test(source),
    });
  }
  return target;
}

function writeCanary(target) {
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, CANARY.file), CANARY.code);
  return target;
}

/** Runs the Electronegativity CLI with CSV output and reads the findings back. */
function scan(input, csvFile) {
  const cli = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js');
  // -e: the sources have no package.json to read the version from. The excluded check fetches
  // Electron's release list from GitHub, which this gate must not depend on.
  const args = [cli, '-i', input, '-o', csvFile, '-r', '-e', '45.0.0'];
  args.push('-x', 'AvailableSecurityFixesGlobalCheck');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) fail(`Electronegativity exited with ${code}:\n${stderr.trim()}`);
      resolve(parseFindings(readFileSync(csvFile, 'utf8')));
    });
  });
}

function parseFindings(csv) {
  const [, ...records] = parseCsv(csv);
  return records.map(([check, severity, confidence, file, location, sample, description]) => ({
    check,
    severity,
    confidence,
    // Whole-app findings name no file or line; their description says what is missing.
    file: file === 'N/A' ? '(whole app)' : file.replaceAll('\\', '/'),
    line: location?.split(':')[0] ?? '0',
    text: sample === 'N/A' ? description : sample,
  }));
}

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (record.push(field), (field = ''));
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      if (record.some(Boolean)) records.push(record);
      (record = []), (field = '');
    } else field += char;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

function readBaseline() {
  const { entries = [] } = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const problems = [];
  for (const entry of entries) {
    const name = `${entry.check ?? '?'} in ${entry.file ?? '?'}`;
    if (!entry.check || !entry.file || !entry.match) {
      problems.push(`${name}: an entry needs "check", "file" and "match".`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      problems.push(`${name}: an entry needs a written "reason" (a sentence, not a word).`);
    }
    if (familyOf(entry.check ?? '')) {
      problems.push(`${name}: ${familyOf(entry.check)} findings cannot be excused; fix the code.`);
    }
  }
  return { entries, problems };
}

function familyOf(check) {
  return Object.keys(NEVER_EXCUSED).find((family) => NEVER_EXCUSED[family].test(check));
}

function matches(entry, finding) {
  return (
    entry.check === finding.check && entry.file === finding.file && finding.text.includes(entry.match)
  );
}

function judge(finding, entries) {
  const family = familyOf(finding.check);
  if (family) return { finding, verdict: 'FAIL', note: `${family}: never allowed` };
  const excuse = entries.find((entry) => matches(entry, finding));
  if (excuse) return { finding, verdict: 'excused', note: excuse.reason };
  const aboveLow = (SEVERITY_RANK[finding.severity] ?? 3) > SEVERITY_RANK.LOW;
  return aboveLow
    ? { finding, verdict: 'FAIL', note: `${finding.text} (fix it, or baseline it with a reason)` }
    : { finding, verdict: 'note', note: finding.text };
}

function printReport(rows, stale, problems) {
  console.log(`Electronegativity on ${SCANNED.join('/ and ')}/: ${rows.length} finding(s)\n`);
  const table = [
    ['RESULT', 'CHECK', 'SEVERITY', 'WHERE', 'WHY'],
    ...rows.map(({ finding, verdict, note }) => [
      verdict,
      finding.check,
      `${finding.severity}/${finding.confidence}`,
      finding.line === '0' ? finding.file : `${finding.file}:${finding.line}`,
      note,
    ]),
  ];
  const widths = table[0].slice(0, -1).map((_, column) => Math.max(...table.map((row) => row[column].length)));
  for (const row of table) {
    console.log(row.map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]) : cell)).join('  '));
  }
  for (const entry of stale) {
    console.log(`\nStale baseline entry (matches nothing; remove it): ${entry.check} in ${entry.file} "${entry.match}"`);
  }
  for (const problem of problems) console.log(`\nBaseline problem: ${problem}`);
}

function fail(message) {
  console.error(`✘ security gate: ${message}`);
  process.exit(1);
}
