// `npm run bench`: every speed target of Draaiboek, each as a ratio against a baseline measured in the same
// run on the same machine, printed as a table and written as JSON to bench/results/.
// `npm run bench -- foundation contacts` runs only the groups named.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { benchAtRest } from './at-rest.js';
import { benchDocuments } from './documents.js';
import { benchBundles } from './bundles.js';
import { benchContacts } from './contacts.js';
import { benchCrisis } from './crisis.js';
import { benchCycle } from './cycle.js';
import { benchFoundation } from './foundation.js';
import { formatTable, meetsTarget, ratioOf, type BenchRow } from './measure.js';
import { benchStart } from './start.js';
import { benchUi } from './ui.js';

const groups = {
  foundation: benchFoundation,
  'at-rest': benchAtRest,
  documents: benchDocuments,
  bundles: benchBundles,
  contacts: benchContacts,
  crisis: benchCrisis,
  cycle: benchCycle,
  ui: benchUi,
  start: benchStart,
} as const;
type GroupName = keyof typeof groups;
const isGroupName = (name: string): name is GroupName => Object.hasOwn(groups, name);
const named = process.argv.slice(2);
const unknown = named.filter((name) => !isGroupName(name));
if (unknown.length > 0) throw new Error(`unknown bench group ${unknown.join(', ')}; the groups are ${Object.keys(groups).join(', ')}`);
const chosen = named.length === 0 ? (Object.keys(groups) as GroupName[]) : named.filter(isGroupName);

const raw: Record<string, unknown> = {};
const rows: BenchRow[] = [];
for (const name of chosen) {
  const result = await groups[name]();
  rows.push(...result.rows);
  raw[name] = result.raw;
}

console.log(formatTable(rows));
const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  rows: rows.map((row) => ({ ...row, ratio: Number(ratioOf(row).toFixed(3)), met: meetsTarget(row) })),
  ...raw,
};
const outDir = new URL('./results/', import.meta.url);
// A partial run writes beside the full one, never over it.
const fileName = named.length === 0 ? 'bench.json' : `bench-${chosen.join('-')}.json`;
await mkdir(outDir, { recursive: true });
await writeFile(new URL(fileName, outDir), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to bench/results/${fileName}`);
