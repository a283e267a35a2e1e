import { readBundlePlaintext } from '../bundles/bundle-plaintext.js';

/**
 * The parses that run in the parse worker: each takes one structured-cloneable input and gives a
 * structured-cloneable result. Files from outside (contacts exports, bundles) can be large and hostile; parsing
 * them on the main thread would freeze the window for as long as they take.
 */
export const parseTasks = {
  // The contacts readers (and papaparse) load with the first contacts file, not with every worker.
  'contacts-file': async (input: { fileName: string; bytes: Uint8Array }) =>
    (await import('../contacts/read-contacts-file.js')).readContactsFile(input.fileName, input.bytes),
  'bundle-plaintext': (input: { bytes: Uint8Array; passphrase: string | undefined }) => readBundlePlaintext(input.bytes, input.passphrase),
};

export type ParseTasks = typeof parseTasks;
export type ParseTaskName = keyof ParseTasks;
export type ParseTaskInput<Name extends ParseTaskName> = Parameters<ParseTasks[Name]>[0];
export type ParseTaskResult<Name extends ParseTaskName> = Awaited<ReturnType<ParseTasks[Name]>>;
