import type { Writable } from 'node:stream';

/**
 * A line writer for stdout or stderr that goes quiet once the reader has gone, as in `draaiboek show | head`:
 * the rest of the output has nobody to read it, which is no error of the command. The command still finishes
 * (an import half done is worse than one whose report went unread) and exits with its own code.
 */
export function quietWriter(stream: Writable): (line: string) => void {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return (line) => {
    if (!readerGone) stream.write(`${line}\n`);
  };
}
