import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames, commands, type CommandName } from './command-registry.js';
import { makeTempDir, removeTempDir, snapshotDir, TEST_PASSPHRASE } from '../core/test-support/temp-data-dir.js';
import { runInProcess } from './test-support/run-in-process.js';

const languages = {
  nl: { LANG: 'nl_NL.UTF-8', usage: 'Onjuist gebruik: ', foreign: /\b(the|option|unknown|argument|missing|not|file|folder|no such|takes|needs|value)\b/i },
  en: { LANG: 'en_GB.UTF-8', usage: 'Wrong usage: ', foreign: /\b(de|het|een|niet|optie|bestand|map|ontbreekt|geen|kent|waarde|heeft)\b/i },
} as const;

let workDir: string;
let dataDir: string;
let missing: string;
let underAFile: string;

beforeAll(async () => {
  workDir = await makeTempDir('draaiboek-cli-usage-');
  dataDir = join(workDir, 'data');
  missing = join(workDir, 'nergens');
  underAFile = join(workDir, 'gewoon-bestand.txt', 'data');
  await writeFile(join(workDir, 'gewoon-bestand.txt'), 'geen map\n');
  const init = await runInProcess(['init', '--data-dir', dataDir, '--sample', '--name', 'Laptop test'], { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG: 'nl_NL.UTF-8' });
  expect(init.code).toBe(0);
});

afterAll(async () => {
  await removeTempDir(workDir);
});

/** For each command: how it starts, a call that lacks a required argument, and a call on a folder that is not there. */
function cases(command: CommandName): { start: string[]; missingArgument: string[]; missingFolder: string[] } {
  const d = ['--data-dir', dataDir];
  switch (command) {
    case 'init':
      return { start: ['init', ...d], missingArgument: ['init'], missingFolder: ['init', '--data-dir', underAFile] };
    case 'encryption':
      return { start: ['encryption', 'on', ...d], missingArgument: ['encryption', ...d], missingFolder: ['encryption', 'on', '--data-dir', missing] };
    case 'verify':
    case 'show':
    case 'history':
      return { start: [command, ...d], missingArgument: [command], missingFolder: [command, '--data-dir', missing] };
    case 'restore':
      return { start: ['restore', ...d], missingArgument: ['restore', ...d], missingFolder: ['restore', '--data-dir', missing, '--revision', '1'] };
    case 'import-plan':
    case 'apply':
      return { start: [command, ...d], missingArgument: [command, ...d], missingFolder: [command, ...d, join(missing, 'plan.json')] };
    case 'contacts':
      return { start: ['contacts', 'import', ...d], missingArgument: ['contacts', 'import', ...d], missingFolder: ['contacts', 'import', ...d, join(missing, 'a.vcf')] };
    case 'export':
      return { start: ['export', 'md', ...d], missingArgument: ['export', 'md', ...d], missingFolder: ['export', 'md', '--data-dir', missing, '--out', join(workDir, 'x.md')] };
    case 'bundle':
      return { start: ['bundle', 'inspect'], missingArgument: ['bundle', 'inspect'], missingFolder: ['bundle', 'inspect', join(missing, 'a.draaiboek')] };
    case 'crisis':
      return { start: ['crisis', 'status', ...d], missingArgument: ['crisis', 'log', ...d], missingFolder: ['crisis', 'list', '--data-dir', missing] };
    case 'approve':
      return {
        start: ['approve', ...d],
        missingArgument: ['approve', ...d, '--revision', '1'],
        missingFolder: ['approve', '--data-dir', missing, '--revision', '1', '--by', 'college', '--date', '2026-11-24'],
      };
    case 'calltree-test':
      return {
        start: ['calltree-test', 'record', ...d],
        missingArgument: ['calltree-test', 'record', ...d],
        missingFolder: ['calltree-test', 'record', ...d, join(missing, 'test.json')],
      };
    case 'fixture':
      return { start: ['fixture', '--size', 'S'], missingArgument: ['fixture', '--size', 'S'], missingFolder: ['fixture', '--size', 'S', '--out', join(underAFile, 'f.json')] };
  }
}

/** One line on stderr, nothing on stdout, every placeholder filled, and not a word of the other language. */
function expectOneClearLine(result: { out: string; err: string }, language: keyof typeof languages): string {
  expect(result.out).toBe('');
  const lines = result.err.split('\n');
  expect(lines, result.err).toHaveLength(1);
  const [line = ''] = lines;
  expect(line).toMatch(/^draaiboek: \S/);
  expect(line).not.toMatch(/\{\w+\}/);
  const words = line.split(/\s+/).filter((word) => !word.includes('/')).join(' ');
  expect(words, line).not.toMatch(languages[language].foreign);
  return line;
}

describe.each(Object.keys(languages) as (keyof typeof languages)[])('every command in %s', (language) => {
  const { LANG, usage } = languages[language];
  const env = { DRAAIBOEK_PASSPHRASE: TEST_PASSPHRASE, LANG };

  it.each(commandNames)('%s: a bad option is one translated usage line that names it, and changes nothing', async (command) => {
    const before = await snapshotDir(dataDir);
    const result = await runInProcess([...cases(command).start, '--bogus'], env);
    expect(result.code).toBe(2);
    const line = expectOneClearLine(result, language);
    expect(line).toContain(`draaiboek: ${usage}`);
    expect(line).toContain('--bogus');
    expect(line).toContain(`draaiboek ${command} --help`);
    expect(await snapshotDir(dataDir)).toEqual(before);
  });

  it.each(commandNames)('%s: an option without its value is one translated usage line', async (command) => {
    const option = Object.entries(commands[command].options).find(([, config]) => config.type === 'string')?.[0];
    if (option === undefined) throw new Error(`${command} has no option that takes a value`);
    const result = await runInProcess([...cases(command).start, `--${option}`], env);
    expect(result.code).toBe(2);
    expect(expectOneClearLine(result, language)).toContain(`${usage}`);
  });

  const withBooleanOption = commandNames.filter((command) => Object.values(commands[command].options).some((config) => config.type === 'boolean'));
  it.each(withBooleanOption)('%s: a boolean option given a value is one translated usage line', async (command) => {
    const option = Object.entries(commands[command].options).find(([, config]) => config.type === 'boolean')?.[0];
    if (option === undefined) throw new Error(`${command} has no boolean option`);
    const result = await runInProcess([...cases(command).start, `--${option}=ja`], env);
    expect(result.code).toBe(2);
    expect(expectOneClearLine(result, language)).toContain(`--${option}`);
  });

  it.each(commandNames)('%s: a missing argument is one translated usage line', async (command) => {
    const result = await runInProcess(cases(command).missingArgument, env);
    expect(result.code).toBe(2);
    expect(expectOneClearLine(result, language)).toContain(`draaiboek: ${usage}`);
  });

  it.each(commandNames)('%s: a folder that is not there is one translated line, and nothing is made', async (command) => {
    const result = await runInProcess(cases(command).missingFolder, env);
    expect([1, 2]).toContain(result.code);
    expectOneClearLine(result, language);
    expect((await readdir(workDir)).sort()).toEqual(['data', 'gewoon-bestand.txt']);
    expect(await readFile(join(workDir, 'gewoon-bestand.txt'), 'utf8')).toBe('geen map\n');
  });
});
