import type { Language } from '../../../../shared/i18n/translate.js';
import { buildCrisisRecord } from '../../crisis/crisis-record.js';
import { createCrisisService } from '../../crisis/crisis-service.js';
import type { OpenedDataDir } from '../../data-dir/open-data-dir.js';
import { createPlanService } from '../../plan/plan-service.js';
import { buildCrisisRecordHtml, buildCrisisRecordWord } from './crisis-record-document.js';

export interface CrisisRecordDocument {
  readonly bytes: Buffer;
  /** The hash and size of the signed record the document was made from, as its cover states them. */
  readonly sha256: string;
  readonly eventCount: number;
  readonly title: string;
}

/**
 * The crisis record as Word or as print HTML (the host turns that into PDF), for the app and the CLI alike:
 * the fold of the log as it stands, the plan's current revision for names and page marks, and the hash of the
 * signed record built from the same log.
 */
export async function crisisRecordDocument(opened: OpenedDataDir, crisisId: string, format: 'docx' | 'html', language: Language): Promise<CrisisRecordDocument> {
  const view = await createCrisisService(opened).get(crisisId);
  const record = await buildCrisisRecord(opened, crisisId);
  const { signed, signerFingerprint } = createPlanService(opened).current();
  const options = { audience: 'crisis-team' as const, language, signerFingerprint, printedAt: opened.platform.now() };
  const facts = { sha256: record.sha256, eventCount: record.eventCount };
  const title = [...new Set(view.state.activations.flatMap((activation) => activation.scenarioNames))].join(' + ');
  const bytes = format === 'docx' ? await buildCrisisRecordWord(signed, view, facts, options) : Buffer.from(buildCrisisRecordHtml(signed, view, facts, options), 'utf8');
  return { bytes, sha256: record.sha256, eventCount: record.eventCount, title };
}
