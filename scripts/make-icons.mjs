#!/usr/bin/env node
// Renders the icons in resources/build from their SVG sources with Chromium, and wraps them as .ico (Windows,
// 256 px) and .icns (macOS, 512 px); both formats may hold a PNG as it is. Run after changing an SVG; the results
// are committed, so packaging needs no image tools.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = new URL('../resources/build/', import.meta.url).pathname;
const chromium = process.env.CHROMIUM_PATH ?? 'chromium';
const work = mkdtempSync(join(tmpdir(), 'draaiboek-icons-'));

function render(svg, size) {
  const png = join(work, `${svg}-${size}.png`);
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000',
    `--window-size=${size},${size}`, `--screenshot=${png}`, `file://${join(dir, svg)}`], { stdio: 'ignore' });
  return readFileSync(png);
}

/** ICO with one 256 px entry stored as PNG (width and height 0 mean 256). */
function ico(png) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(0, 6);
  header.writeUInt8(0, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

/** ICNS with the 512 px PNG as `ic09`. */
function icns(png) {
  const entry = Buffer.alloc(8);
  entry.write('ic09', 0, 'ascii');
  entry.writeUInt32BE(png.length + 8, 4);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + 8 + png.length, 4);
  return Buffer.concat([header, entry, png]);
}

try {
  for (const [svg, name] of [['icon.svg', 'icon'], ['file-icon.svg', 'draaiboek-file']]) {
    const png = render(svg, 512);
    writeFileSync(join(dir, `${name}.png`), png);
    writeFileSync(join(dir, `${name}.ico`), ico(render(svg, 256)));
    writeFileSync(join(dir, `${name}.icns`), icns(png));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
