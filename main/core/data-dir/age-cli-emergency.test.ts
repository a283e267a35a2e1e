import { execFileSync, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPlanValue } from '../store/plan-file.js';
import { makeTempDir, removeTempDir, TEST_PASSPHRASE, testPlatform } from '../test-support/temp-data-dir.js';
import { initDataDir } from './init-data-dir.js';
import { openDataDir } from './open-data-dir.js';

const hasAge = spawnSync('age', ['--version']).status === 0 && spawnSync('python3', ['--version']).status === 0;

/*
 * `age` reads an identity file's passphrase from the terminal only, so the test gives it one: a pseudo-terminal
 * made by Python's pty module, which answers the prompt as a person would.
 */
const ANSWER_PROMPT = `
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
seen = b''
answered = False
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if not answered and b'passphrase' in seen.lower():
        os.write(fd, sys.argv[1].encode() + b'\\n')
        answered = True
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(!hasAge)('the age tool opens a plan file of an encrypted folder in an emergency', () => {
  it('age -d -i keys/folder-key.age plan.json, with the passphrase, gives the signed plan', async () => {
    const parent = await makeTempDir();
    cleanups.push(() => removeTempDir(parent));
    const dataDir = join(parent, 'data');
    await initDataDir(dataDir, testPlatform(), { kind: 'sample' }, { encryptAtRest: true });
    const out = join(parent, 'plan-plain.json');
    // The commands the README shows.
    execFileSync('python3', ['-c', ANSWER_PROMPT, TEST_PASSPHRASE, 'age', '-d', '-i', join(dataDir, 'keys', 'folder-key.age'), '-o', out, join(dataDir, 'plan.json')]);
    const text = await readFile(out, 'utf8');
    expect(text).toContain('"+31');
    const opened = await openDataDir(dataDir, testPlatform(), 'read');
    try {
      const verified = verifyPlanValue(JSON.parse(text), opened.lookup);
      expect(verified.signed).toEqual(opened.store.current);
    } finally {
      await opened.close();
    }
    // A wrong passphrase gives nothing.
    const wrong = spawnSync('python3', ['-c', ANSWER_PROMPT, 'not the passphrase', 'age', '-d', '-i', join(dataDir, 'keys', 'folder-key.age'), join(dataDir, 'plan.json')]);
    expect(wrong.status).not.toBe(0);
  });
});
