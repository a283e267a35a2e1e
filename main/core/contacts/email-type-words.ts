import type { EmailKind } from '../../../shared/plan/entities.js';
import { homeWords, typeWords, workWords } from './phone-type-words.js';

/** Words naming a mailbox shared by a role or team (bcm@, fg@) rather than one person's own. */
const roleWords = new Set(['role', 'rol', 'functie', 'functioneel', 'functional', 'postbus', 'functiepostbus', 'mailbox', 'shared', 'gedeeld', 'team', 'afdeling']);
/** Words that say nothing about whose address it is: no label is kept for them. */
const emptyWords = new Set(['internet', 'pref', 'x400', 'other', 'overig', 'anders', 'email', 'e-mail', 'mail', 'voice']);

export interface EmailTypeReading {
  readonly kind: EmailKind;
  readonly label?: string;
}

/**
 * Reads an address's kind from the type or label a file gives it ("* Work", "Home", "Postbus FG", vCard
 * TYPE=INTERNET,WORK). An address without any type is the one the export gives for writing to: work. A label
 * that says more than the kind ("Postbus FG", "Home") is kept as the user wrote it.
 */
export function readEmailType(type: string | undefined): EmailTypeReading {
  const label = (type ?? '').replace(/^[\s*]+/, '').trim();
  const words = typeWords(label);
  const has = (set: ReadonlySet<string>): boolean => words.some((word) => set.has(word));
  const telling = words.some((word) => !emptyWords.has(word) && !workWords.has(word));
  const withLabel = (kind: EmailKind): EmailTypeReading => (telling ? { kind, label } : { kind });
  if (has(roleWords)) return withLabel('role');
  if (has(workWords) && !has(homeWords)) return { kind: 'work' };
  if (words.length === 0 || words.every((word) => word === 'internet' || word === 'pref')) return { kind: 'work' };
  return withLabel('other');
}
