import type { SignedPlan } from '../../../../shared/plan/plan.js';
import type { DocumentOptions } from '../model/document-model.js';
import type { WordDocumentKind } from './word-document-kinds.js';

/**
 * docx is large and only a Word export needs it: loaded on the first one, not at every start of main
 * (bench/start.ts measures the start).
 */
export async function buildWordDocument(kind: WordDocumentKind, plan: SignedPlan, options: DocumentOptions): Promise<Buffer> {
  const word = await import('./build-word-document.js');
  return word.buildWordDocument(kind, plan, options);
}
