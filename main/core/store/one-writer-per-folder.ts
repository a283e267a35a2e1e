/** Read-modify-write of one document at a time within this process, per document path. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task queued under `key` has settled, so two quick changes never read the same
 * old document and one of them lost. A failed task does not stop the ones after it.
 */
export function oneWriterAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}
