import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { DraaiboekError } from '../../../shared/errors.js';
import { MAX_CONTACTS_FILE_BYTES } from '../../../shared/plan/vocabularies.js';
import { applyContactsImport, previewContactsImport } from '../contacts/contacts-service.js';
import { readUntrustedFileBytes } from '../safe-json/safe-parse.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';
import { planMutation } from './mutation.js';
import { planViewOf } from './plan-view.js';

const CONTACTS_EXTENSIONS = ['csv', 'vcf', 'vcard'] as const;

interface ChosenFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The revision the preview was matched against: the user's decisions are about that plan. */
  readonly revision: number;
}

/**
 * Contacts from an Outlook or Google CSV export or a vCard file: the user picks the file (a dialog through the
 * Platform), sees a preview matched against the plan's people, then applies the decisions as one revision.
 * The bytes stay in main between the two steps; the page only holds the import's id.
 */
export function contactsHandlers(context: ApiContext): ImplementationsOf<'contacts.choose' | 'contacts.apply'> {
  const { session } = context;
  const chosen = new Map<string, ChosenFile>();

  return {
    'contacts.choose': async () => {
      const opened = session.opened();
      const chooseFile = opened.platform.chooseFile;
      if (chooseFile === undefined) {
        throw new DraaiboekError('USAGE', 'no file dialog on this platform', { detail: 'chooseFile' });
      }
      const path = await chooseFile.call(opened.platform, { purpose: 'contacts', extensions: CONTACTS_EXTENSIONS });
      if (path === undefined) return null;
      const file: ChosenFile = {
        fileName: basename(path),
        bytes: await readUntrustedFileBytes(path, { maxBytes: MAX_CONTACTS_FILE_BYTES }),
        revision: opened.store.current.revision,
      };
      const preview = await previewContactsImport(opened, { fileName: file.fileName, bytes: file.bytes });
      const importId = randomUUID();
      chosen.clear();
      chosen.set(importId, file);
      return { importId, fileName: file.fileName, preview };
    },

    'contacts.apply': planMutation<'contacts.apply', unknown>({
      run: async ({ importId, decisions }) => {
        const file = chosen.get(importId);
        if (file === undefined) {
          throw new DraaiboekError('USAGE', 'this import is no longer open', { detail: 'importId' });
        }
        const opened = session.opened();
        const current = opened.store.current.revision;
        if (current !== file.revision) {
          // An "update" the user approved for one person could otherwise land on another after the plan changed.
          throw new DraaiboekError('PLAN_CHANGED', 'the plan changed since the preview', { revision: file.revision, current });
        }
        const signed = await applyContactsImport(opened, { fileName: file.fileName, bytes: file.bytes, decisions });
        chosen.delete(importId);
        return signed;
      },
      present: (_, undoTo) => planViewOf(session.opened(), undoTo),
    }),
  };
}
