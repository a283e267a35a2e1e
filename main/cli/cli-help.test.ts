import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commandNames, commands } from './command-registry.js';
import { runInProcess } from './test-support/run-in-process.js';

const cliDir = fileURLToPath(new URL('.', import.meta.url));
const nl = { LANG: 'nl_NL.UTF-8' };
const en = { LANG: 'en_GB.UTF-8' };

function optionsOf(command: (typeof commandNames)[number]): string[] {
  return Object.keys(commands[command].options).map((option) => `--${option}`);
}

/** Every environment variable the command line reads, found in its source, so a new one cannot go unmentioned. */
async function environmentVariablesRead(): Promise<string[]> {
  const found = new Set<string>();
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        for (const match of (await readFile(path, 'utf8')).matchAll(/env\[['"]([A-Z_]+)['"]\]/g)) found.add(match[1] ?? '');
      }
    }
  }
  await walk(cliDir);
  // The language comes from the shared helper that reads the POSIX locale variables.
  return [...found, 'LC_ALL', 'LC_MESSAGES', 'LANG'].sort();
}

describe('draaiboek --help', () => {
  it.each([nl, en])('lists every option of every command and every environment variable (%o)', async (env) => {
    const result = await runInProcess(['--help'], env);
    expect(result.code).toBe(0);
    for (const command of commandNames) {
      expect(result.out).toContain(`  ${command} `);
      for (const option of optionsOf(command)) expect(result.out, `${command} ${option}`).toMatch(new RegExp(`${option}\\b`));
    }
    for (const variable of await environmentVariablesRead()) expect(result.out, variable).toContain(variable);
    expect(result.out).toContain('--help');
  });

  it.each(commandNames)('draaiboek %s --help prints that command with all its options, and exit 0', async (command) => {
    for (const env of [nl, en]) {
      const result = await runInProcess([command, '--help'], env);
      expect(result.code).toBe(0);
      expect(result.err).toBe('');
      expect(result.out).toMatch(new RegExp(`^  ${command} `));
      for (const option of optionsOf(command)) expect(result.out, `${command} ${option}`).toMatch(new RegExp(`${option}\\b`));
      for (const other of commandNames.filter((name) => name !== command && !name.startsWith(command))) {
        expect(result.out).not.toMatch(new RegExp(`^  ${other} `, 'm'));
      }
      expect((await runInProcess(['help', command], env)).out).toBe(result.out);
    }
  });

  it('says whose name init --name is', async () => {
    expect((await runInProcess(['init', '--help'], nl)).out).toContain(
      "--name NAAM      de naam van deze laptop, zoals collega's hem zien in bundels, hun synchronisatielogboek",
    );
    expect((await runInProcess(['init', '--help'], en)).out).toContain(
      '--name NAME      this laptop\'s name, as colleagues see it in bundles, their sync logs and the stick\'s',
    );
  });

  it('asks for help even when other arguments are wrong, but not after --', async () => {
    expect((await runInProcess(['bundle', 'export', '--bogus', '-h'], nl)).code).toBe(0);
    const afterEnd = await runInProcess(['verify', '--data-dir', '/nergens', '--', '--help'], nl);
    expect(afterEnd.code).toBe(2);
    expect(afterEnd.out).not.toContain('  verify --data-dir');
  });
});

describe("the README's command line section", () => {
  it('names every command, every option and every environment variable that --help names', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('## The command line');
    const end = readme.indexOf('\n## ', start + 1);
    expect(start).toBeGreaterThan(0);
    // The table, plus the command lines shown elsewhere (the bundle commands sit with the bundle format).
    const section = [readme.slice(start, end), ...readme.split('\n').filter((line) => line.startsWith('draaiboek '))].join('\n');
    for (const command of commandNames) {
      expect(section).toContain(`draaiboek ${command}`);
      for (const option of optionsOf(command)) expect(section, `${command} ${option}`).toMatch(new RegExp(`${option}\\b`));
    }
    for (const variable of await environmentVariablesRead()) expect(section, variable).toContain(variable);
    const bundleLine = /draaiboek bundle inspect[^\n]*/.exec(readme)?.[0] ?? '';
    expect(bundleLine).toContain('--data-dir');
  });
});
