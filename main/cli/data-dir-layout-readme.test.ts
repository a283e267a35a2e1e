import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uiSettingsPath } from '../core/api/ui-settings.js';
import { openDataDir } from '../core/data-dir/open-data-dir.js';
import { dataDirLayout } from '../core/store/data-dir-layout.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE, testPlatform } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' };
const mainDir = fileURLToPath(new URL('..', import.meta.url));

interface ReadmeEntry {
  readonly entry: string;
  readonly description: string;
  readonly pattern: RegExp;
}

/** The README's data-folder list: each line `  <path>   <what and when>`, continuation lines indented further. */
async function readmeLayout(): Promise<ReadmeEntry[]> {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /## Where the data lives[\s\S]*?```\n<data dir>\/\n([\s\S]*?)```/.exec(readme)?.[1];
  if (block === undefined) throw new Error('README lost its data-folder list');
  const entries: { entry: string; description: string }[] = [];
  for (const line of block.split('\n')) {
    const head = /^ {2}(\S+) +(.*)$/.exec(line);
    if (head !== null) entries.push({ entry: head[1] ?? '', description: head[2] ?? '' });
    else if (line.trim() !== '') {
      const last = entries.at(-1);
      if (last !== undefined) last.description += ` ${line.trim()}`;
    }
  }
  return entries.map(({ entry, description }) => {
    // `history/00000042.json` stands for any revision number; `rejected/` for any file in that folder.
    const escaped = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, '\\d+');
    return { entry, description, pattern: new RegExp(entry.endsWith('/') ? `^${escaped}` : `^${escaped}$`) };
  });
}

/** Whether any production source under main/ names this file: an entry no code writes yet is reported, not hidden. */
async function sourceNames(fileName: string): Promise<boolean> {
  async function walk(dir: string): Promise<boolean> {
    for (const item of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) {
        if (item.name !== 'test-support' && (await walk(path))) return true;
      } else if (item.name.endsWith('.ts') && !item.name.endsWith('.test.ts')) {
        if ((await readFile(path, 'utf8')).includes(`'${fileName}'`)) return true;
      }
    }
    return false;
  }
  return walk(mainDir);
}

let workDir: string;
let dataDir: string;
const seen = new Set<string>();

async function look(): Promise<void> {
  for (const path of (await snapshotDir(dataDir)).keys()) seen.add(path.split('\\').join('/'));
}

async function cli(argv: string[]): Promise<string> {
  const result = await runInProcess(argv, env, workDir);
  expect(result.err, argv.join(' ')).toBe('');
  expect(result.code, argv.join(' ')).toBe(0);
  await look();
  return result.out;
}

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-layout-');
  dataDir = join(workDir, 'data');
  const d = ['--data-dir', dataDir];
  await cli(['init', ...d, '--sample', '--name', 'Laptop BCM']);
  await writeFile(join(workDir, 'changes.json'), JSON.stringify([{ op: 'updateMeta', set: { versionLabel: '3.1' } }]));
  await cli(['apply', ...d, join(workDir, 'changes.json')]);
  await cli(['show', ...d]);
  await cli(['history', ...d]);
  await cli(['verify', ...d]);
  await cli(['export', 'html', ...d, '--what', 'binder', '--out', join(workDir, 'binder.html'), '--recipient', 'Burgemeester']);
  await cli(['crisis', 'start', ...d, '--scenario', 'scen-netwerkstoring', '--exercise']);
  await cli(['bundle', 'export', ...d, '--no-encrypt', '--out', join(workDir, 'plan.draaiboek')]);
  // A damaged plan file is moved aside by the next writer, which restores the last good revision.
  const planFile = dataDirLayout(dataDir).planFile;
  await writeFile(planFile, (await readFile(planFile, 'utf8')).replace('"revision":2', '"revision":9'));
  const restored = await runInProcess(['restore', ...d, '--revision', '2'], env, workDir);
  expect(restored.code).toBe(0);
  await look();
  // An approval recorded on a laptop this one never trusted arrives through one it does: its seal key is kept.
  const recorder = ['--data-dir', join(workDir, 'recorder')];
  const middle = ['--data-dir', join(workDir, 'middle')];
  await cli(['init', ...recorder, '--name', 'Laptop secretaris']);
  await cli(['bundle', 'import', ...recorder, join(workDir, 'plan.draaiboek'), '--yes', '--trust']);
  const adopted = (JSON.parse(await cli(['show', ...recorder, '--json'])) as { revision: number }).revision;
  await cli(['approve', ...recorder, '--revision', String(adopted), '--by', 'college', '--date', '2026-11-24']);
  await cli(['bundle', 'export', ...recorder, '--no-encrypt', '--out', join(workDir, 'approved.draaiboek')]);
  await cli(['init', ...middle, '--name', 'Laptop coördinator']);
  await cli(['bundle', 'import', ...middle, join(workDir, 'approved.draaiboek'), '--yes', '--trust']);
  await cli(['bundle', 'export', ...middle, '--no-encrypt', '--out', join(workDir, 'passed-on.draaiboek')]);
  await cli(['bundle', 'import', ...d, join(workDir, 'passed-on.draaiboek'), '--yes', '--trust']);
}, 180_000);

afterAll(async () => {
  await removeTempDir(workDir);
});

describe("the README's data-folder list", () => {
  it('names every file a scripted session wrote, and every file it names is written', async () => {
    const layout = await readmeLayout();
    // The lock exists while a writer has the folder open: look while one does.
    const writer = await openDataDir(dataDir, testPlatform(), 'write');
    try {
      await look();
    } finally {
      await writer.close();
    }
    const unlisted = [...seen].filter((path) => !layout.some(({ pattern }) => pattern.test(path)));
    expect(unlisted, 'files the session wrote that the README does not list').toEqual([]);

    const unwritten: string[] = [];
    for (const { entry, description } of layout) {
      if ([...seen].some((path) => layout.find((item) => item.entry === entry)?.pattern.test(path))) continue;
      if (/\bapp only\b/.test(description)) {
        // Written by the app alone; the name must be the one the app's code uses.
        expect(entry).toBe(basename(uiSettingsPath(dataDir)));
        continue;
      }
      unwritten.push(entry);
    }
    // An entry no production code names yet is a file another change is adding; any other must be written.
    const pending: string[] = [];
    for (const entry of unwritten) if (!(await sourceNames(entry))) pending.push(entry);
    if (pending.length > 0) console.warn(`README lists files no code writes yet: ${pending.join(', ')}`);
    expect(unwritten.filter((entry) => !pending.includes(entry)), 'listed files the session never wrote').toEqual([]);
  });

  it('says when each file appears', async () => {
    for (const { entry, description } of await readmeLayout()) {
      expect(description, entry).toMatch(/\b(written|appears|present|one more|app only)\b/);
    }
  });
});

describe('the lock, as the README describes it', () => {
  it('refuses a second writer in one line and lets a reader see the last complete revision', async () => {
    const before = JSON.parse(await cli(['show', '--data-dir', dataDir, '--json'])) as { revision: number };
    const writer = await openDataDir(dataDir, testPlatform(), 'write');
    try {
      const snapshot = await snapshotDir(dataDir);
      const second = await runInProcess(['apply', '--data-dir', dataDir, join(workDir, 'changes.json')], env, workDir);
      expect(second.code).toBe(1);
      expect(second.err).toBe(`draaiboek: De gegevensmap ${dataDir} is al geopend door een ander programma (proces ${process.pid}).`);
      expect(await snapshotDir(dataDir)).toEqual(snapshot);
      const reader = await runInProcess(['show', '--data-dir', dataDir, '--json'], env, workDir);
      expect(reader.code).toBe(0);
      expect((JSON.parse(reader.out) as { revision: number }).revision).toBe(before.revision);
    } finally {
      await writer.close();
    }
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('a second writer is\nrefused');
    expect(readme).toContain('A reader sees the last complete revision');
  });
});
