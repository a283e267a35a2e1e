import { DraaiboekError } from '../../../shared/errors.js';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from '../plan/plan-service.js';
import { runParseTask } from '../workers/run-parse-task.js';
import type { ContactsImportDecision, ContactsImportPreview } from './contacts-types.js';
import { proposeImport } from './import-proposals.js';
import type { ContactsFileReading } from './read-contacts-file.js';

/** A contacts file as read from disk (the bytes are checked by the reader; they are the file's edge). */
export interface ContactsFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads a contacts export and shows what importing it would do to the plan's people: for each contact the
 * person it matches (by email, number or name) and whether it would be added, update that person, or bring
 * nothing new. Changes nothing.
 */
export async function previewContactsImport(
  opened: OpenedDataDir,
  input: ContactsFile,
): Promise<ContactsImportPreview> {
  const reading = await readContactsFileInWorker(input);
  const { entries } = proposeImport(opened.store.current.plan, reading.contacts, (_index, proposed) => proposed);
  return {
    format: reading.format,
    entries: [...entries],
    // Keys, not words: the screen and the CLI each say them in their own language.
    problems: reading.problems.map(({ line, key, params }) => ({ line, key, params: { ...params } })),
  };
}

/** A contacts file can be 10 MB of anything: parsed on the parse worker, so the window never freezes. */
function readContactsFileInWorker(file: ContactsFile): Promise<ContactsFileReading> {
  return runParseTask('contacts-file', { fileName: file.fileName, bytes: file.bytes });
}

function decisionsByIndex(decisions: readonly ContactsImportDecision[], count: number): Map<number, ContactsImportDecision> {
  const byIndex = new Map<number, ContactsImportDecision>();
  for (const decision of decisions) {
    const { index } = decision;
    if (index >= count || byIndex.has(index)) {
      throw new DraaiboekError('CONTACTS_DECISION_INVALID', `decision for contact ${index} does not fit`, { index });
    }
    byIndex.set(index, decision);
  }
  return byIndex;
}

/**
 * Applies the user's decisions about a contacts export as one new signed revision. The bytes are read again
 * and matched against the plan as it is now, so a decision always acts on what it says; a contact without a
 * decision is skipped. When nothing changes, no revision is made and the current plan is returned.
 */
export async function applyContactsImport(
  opened: OpenedDataDir,
  input: ContactsFile & { readonly decisions: readonly ContactsImportDecision[] },
): Promise<SignedPlan> {
  const reading = await readContactsFileInWorker(input);
  const decided = decisionsByIndex(input.decisions, reading.contacts.length);
  const { changes } = proposeImport(opened.store.current.plan, reading.contacts, (index, _proposed, match) => {
    const decision = decided.get(index);
    if (decision === undefined) return 'skip';
    // A namesake is no proof: updating a person found by name alone takes the user's word for this contact.
    if (decision.action === 'update' && match?.reason === 'name' && decision.confirmNameMatch !== true) {
      throw new DraaiboekError('CONTACTS_NAME_MATCH_UNCONFIRMED', `contact ${index} matches ${match.person.id} by name only`, {
        index,
        name: match.person.name,
      });
    }
    return decision.action;
  });
  if (changes.length === 0) return opened.store.current;
  return createPlanService(opened).apply(changes);
}
