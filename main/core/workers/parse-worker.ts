/*
 * The parse worker's entry: runs the parses of parse-tasks.ts for the main thread, one message each. Built as
 * its own file (out/main/parse-worker.js); from the TypeScript sources it starts through
 * parse-worker-from-source.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { parseTasks, type ParseTaskName } from './parse-tasks.js';
import { sendableError, type ParseRequest, type ParseResponse } from './worker-messages.js';

function isTaskName(name: string): name is ParseTaskName {
  return Object.hasOwn(parseTasks, name);
}

async function run(request: ParseRequest): Promise<unknown> {
  if (!isTaskName(request.task)) throw new Error(`no parse task ${request.task}`);
  const task = parseTasks[request.task] as (input: unknown) => unknown;
  return await task(request.input);
}

const port = parentPort;
if (port === null) throw new Error('parse-worker runs only as a worker thread');
port.on('message', (request: ParseRequest) => {
  run(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies ParseResponse),
    (error: unknown) => port.postMessage({ id: request.id, ok: false, error: sendableError(error) } satisfies ParseResponse),
  );
});
