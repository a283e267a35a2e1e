// `npm run bench`: every speed target of Draaiboek, each as a ratio against a baseline measured in the same
// run on the same machine, printed as a table and written as JSON to bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { benchDocuments } from './documents.js';
import { benchBundles } from './bundles.js';
import { benchFoundation } from './foundation.js';
import { formatTable, meetsTarget, ratioOf } from './measure.js';
import { benchUi } from './ui.js';

const foundation = await benchFoundation();
const documents = await benchDocuments();
const bundles = await benchBundles();
const ui = await benchUi();
const rows = [...foundation.rows, ...documents.rows, ...bundles.rows, ...ui.rows];

console.log(formatTable(rows));
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  rows: rows.map((row) => ({ ...row, ratio: Number(ratioOf(row).toFixed(3)), met: meetsTarget(row) })),
  foundation: foundation.raw,
  ui: ui.raw,
  bundles: bundles.raw,
  documents: documents.raw,
};
const outDir = new URL('./results/', import.meta.url);
await mkdir(outDir, { recursive: true });
await writeFile(new URL('bench.json', outDir), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to bench/results/bench.json`);
