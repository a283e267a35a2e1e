import { readBundlePlaintext } from '../bundles/bundle-plaintext.js';
import { readContactsFile } from '../contacts/read-contacts-file.js';

/**
 * The parses that run in the parse worker: each takes one structured-cloneable input and gives a
 * structured-cloneable result. Files from outside (contacts exports, bundles) can be large and hostile; parsing
 * them on the main thread would freeze the window for as long as they take.
 */
export const parseTasks = {
  'contacts-file': (input: { fileName: string; bytes: Uint8Array }) => readContactsFile(input.fileName, input.bytes),
  'bundle-plaintext': (input: { bytes: Uint8Array; passphrase: string | undefined }) => readBundlePlaintext(input.bytes, input.passphrase),
};

export type ParseTasks = typeof parseTasks;
export type ParseTaskName = keyof ParseTasks;
export type ParseTaskInput<Name extends ParseTaskName> = Parameters<ParseTasks[Name]>[0];
export type ParseTaskResult<Name extends ParseTaskName> = Awaited<ReturnType<ParseTasks[Name]>>;
