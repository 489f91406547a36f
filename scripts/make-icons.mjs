#!/usr/bin/env node
// `npm run icons`: renders assets/icon.svg into assets/icons/ (PNGs for Linux and the window,
// icon.icns for macOS, icon.ico for Windows). The output is committed; rerun after editing the SVG.
// Needs rsvg-convert from librsvg: apt-get install librsvg2-bin, or brew install librsvg.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const source = path.join(root, 'assets', 'icon.svg');
const outDir = path.join(root, 'assets', 'icons');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** ICNS entry types that hold PNG data, by pixel size (the @2x types reuse a larger render). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['ic11', 32],
  ['icp5', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic13', 256],
  ['ic08', 256],
  ['ic14', 512],
  ['ic09', 512],
  ['ic10', 1024],
];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(size, file) {
  const run = spawnSync('rsvg-convert', ['-w', `${size}`, '-h', `${size}`, '-o', file, source]);
  if (run.error?.code === 'ENOENT') {
    console.error(
      'make-icons needs rsvg-convert (librsvg) to render the SVG.\n' +
        '  Debian/Ubuntu: apt-get install librsvg2-bin\n  macOS: brew install librsvg',
    );
    process.exit(1);
  }
  if (run.status !== 0) throw new Error(`rsvg-convert failed: ${run.stderr}`);
}

/** Apple's container: 'icns', total length, then (type, length, PNG bytes) entries. */
function icns(pngs) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = pngs.get(size);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + entries.reduce((sum, entry) => sum + entry.length, 0), 4);
  return Buffer.concat([header, ...entries]);
}

/** Windows' container: a directory of 16-byte entries pointing at PNG images (Vista and later). */
function ico(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(ICO_SIZES.length, 4);
  let offset = 6 + 16 * ICO_SIZES.length;
  const directory = ICO_SIZES.map((size) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(pngs.get(size).length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += pngs.get(size).length;
    return entry;
  });
  return Buffer.concat([header, ...directory, ...ICO_SIZES.map((size) => pngs.get(size))]);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const pngs = new Map();
for (const size of SIZES) {
  // electron-builder picks Linux icons from a folder of NxN.png files.
  const file = path.join(outDir, `${size}x${size}.png`);
  render(size, file);
  pngs.set(size, readFileSync(file));
}
writeFileSync(path.join(outDir, 'icon.icns'), icns(pngs));
writeFileSync(path.join(outDir, 'icon.ico'), ico(pngs));
console.log(`Wrote ${SIZES.length} PNGs, icon.icns and icon.ico to assets/icons/`);
