#!/usr/bin/env node
// Checks on the built app that only the build can show: the sandboxed preload loads nothing but electron,
// and the `draaiboek` command works as a user runs it (npx in the project root), on the sample plan.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const preload = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8');
const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
check(required.every((name) => name === 'electron'), `the sandboxed preload requires only electron (found: ${required.join(', ')})`);

// Contacts files and bundles are parsed on a worker thread, whose code must be a file of its own.
check(existsSync(join(root, 'out/main/parse-worker.js')), 'the parse worker is built as out/main/parse-worker.js');

const dataDir = join(mkdtempSync(join(tmpdir(), 'draaiboek-build-')), 'data');
const env = { ...process.env, DRAAIBOEK_PASSPHRASE: 'build check passphrase', LANG: 'en_GB.UTF-8' };
const run = (args) => spawnSync('npx', ['--no-install', 'draaiboek', ...args], { cwd: root, env, encoding: 'utf8' });

const help = run(['--help']);
check(help.status === 0 && help.stdout.includes('Usage: draaiboek'), 'npx draaiboek --help');
const init = run(['init', '--data-dir', dataDir, '--sample', '--name', 'Build check laptop']);
check(init.status === 0 && /Fingerprint of this key: [0-9A-F]{4} /.test(init.stdout), 'npx draaiboek init --sample');
const verify = run(['verify', '--data-dir', dataDir]);
check(verify.status === 0 && verify.stdout.startsWith('Valid: revision 1'), 'npx draaiboek verify');
const show = run(['show', '--data-dir', dataDir]);
check(show.status === 0 && show.stdout.includes('Gemeente Voorbeeldstad'), 'npx draaiboek show');
const vcard = join(dataDir, '..', 'contacten.vcf');
writeFileSync(vcard, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bouwe\r\n  Kuipers\r\nTEL;TYPE=CELL:0612345678\r\nEND:VCARD\r\n');
const contacts = run(['contacts', 'import', '--data-dir', dataDir, vcard]);
check(contacts.status === 0 && contacts.stdout.includes('Bouwe Kuipers'), 'npx draaiboek contacts import (parsed on the worker thread)');
rmSync(join(dataDir, '..'), { recursive: true, force: true });

const version = execFileSync('node', ['--version'], { encoding: 'utf8' }).trim();
console.log(`built with Node ${version}`);
process.exitCode = failures.length === 0 ? 0 : 1;
