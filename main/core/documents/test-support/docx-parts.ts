import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One part of a Word file (word/document.xml, word/styles.xml), read with unzip. */
export async function docxPart(bytes: Buffer, part: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'draaiboek-docx-'));
  try {
    const file = join(dir, 'document.docx');
    await writeFile(file, bytes);
    const { stdout } = await run('unzip', ['-p', file, part], { maxBuffer: 512 * 1024 * 1024 });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
