import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseTaskInput, ParseTaskName, ParseTaskResult } from './parse-tasks.js';
import { receivedError, type ParseRequest, type ParseResponse } from './worker-messages.js';

/**
 * Where the worker's code is. Built, it is out/main/parse-worker.js beside the entry files (this module may sit
 * in a chunk one folder down); from the sources it is the TypeScript file, started through tsx.
 */
function workerFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = [join(here, 'parse-worker.js'), join(here, '..', 'parse-worker.js')].find((candidate) => existsSync(candidate));
  if (built !== undefined) return built;
  const fromSource = join(here, 'parse-worker-from-source.mjs');
  if (existsSync(fromSource)) return fromSource;
  throw new Error(`the parse worker is missing beside ${here}`);
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();
/** Whether the worker has parsed a large file since it started: its heap is then that large until collected. */
let heldLarge = false;

/**
 * From this size on, the worker is let go once it answers. A bundle of many megabytes leaves the worker's heap
 * that large until its next collection, while this thread goes on to check and merge its own copy; letting the
 * worker go keeps the two from holding one at once (a test holds reading a bundle under 512 MiB). Small files
 * keep the worker: a new one costs a start.
 */
const LARGE_INPUT_BYTES = 1024 * 1024;

function inputBytes(input: unknown): number {
  if (typeof input === 'object' && input !== null && 'bytes' in input && input.bytes instanceof Uint8Array) return input.bytes.byteLength;
  return 0;
}

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

/** One worker at a time, started on first use; it never keeps the process alive by itself. */
function parseWorker(): Worker {
  if (worker !== undefined) return worker;
  const started = new Worker(workerFile());
  started.unref();
  started.on('message', (response: ParseResponse) => {
    const waiting = pending.get(response.id);
    if (waiting === undefined) return;
    pending.delete(response.id);
    if (response.ok) waiting.resolve(response.value);
    else waiting.reject(receivedError(response.error));
    if (pending.size === 0) {
      started.unref();
      if (heldLarge && worker === started) {
        worker = undefined;
        heldLarge = false;
        void started.terminate();
      }
    }
  });
  started.on('error', (error) => failAll(new Error(`the parse worker failed: ${error.message}`)));
  started.on('exit', (code) => {
    if (worker === started) failAll(new Error(`the parse worker stopped (exit code ${code})`));
  });
  worker = started;
  return started;
}

/**
 * Runs one parse of parse-tasks.ts on the parse worker thread, so a large or hostile file never blocks this
 * thread (Electron's main process: the window would freeze). Errors come back as they were thrown there: a
 * DraaiboekError with its code and parameters.
 */
export function runParseTask<Name extends ParseTaskName>(task: Name, input: ParseTaskInput<Name>): Promise<ParseTaskResult<Name>> {
  return new Promise((resolve, reject) => {
    const target = parseWorker();
    if (inputBytes(input) >= LARGE_INPUT_BYTES) heldLarge = true;
    const id = nextId;
    nextId += 1;
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    // Referenced while a parse is under way, so a CLI waiting for its answer does not exit early.
    target.ref();
    target.postMessage({ id, task, input } satisfies ParseRequest);
  });
}
