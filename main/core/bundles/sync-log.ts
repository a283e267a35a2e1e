import { z } from 'zod';
import { listCopies, type CopyEntry } from '../copies/copies-register.js';
import { fingerprintOf } from '../crypto/keys.js';

/** What an import noted about itself in the register of copies (its `summary`). */
const importSummarySchema = z.object({
  kind: z.string().max(20),
  from: z.string().max(300),
  added: z.number().int().min(0),
  changed: z.number().int().min(0),
  deleted: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  resultRevision: z.number().int().min(0),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** What an export noted about itself: the files it left on the stick readable without a passphrase. */
const exportSummarySchema = z.object({ readableFiles: z.array(z.string().max(200)).max(20) });

export interface SyncLogEntry {
  readonly at: string;
  readonly direction: 'out' | 'in';
  readonly planId: string;
  /** The revision that travelled: ours for an export, the sender's for an import. */
  readonly revision: number;
  readonly encrypted?: boolean;
  readonly copyNumber?: number;
  readonly recipient?: string;
  readonly audience?: string;
  readonly location?: string;
  readonly signerFingerprint?: string;
  /** For an import: from whom, what it changed, which revision it became here. */
  readonly imported?: ImportSummary;
  /** For an export: the files it wrote that anyone with the stick can read. */
  readonly readableFiles?: string[];
}

function parseSummary<T>(entry: CopyEntry, direction: CopyEntry['direction'], schema: z.ZodType<T>): T | undefined {
  if (entry.direction !== direction || entry.summary === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(entry.summary));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every bundle that left or entered this folder, newest first, read from the register of copies. */
export async function syncLog(dataDir: string): Promise<SyncLogEntry[]> {
  const entries = (await listCopies(dataDir)).filter((entry) => entry.kind === 'bundle');
  return entries.reverse().map((entry) => {
    const imported = parseSummary(entry, 'in', importSummarySchema);
    const exported = parseSummary(entry, 'out', exportSummarySchema);
    return {
      at: entry.at,
      direction: entry.direction,
      planId: entry.planId,
      revision: entry.revision,
      ...(entry.encrypted === undefined ? {} : { encrypted: entry.encrypted }),
      ...(entry.copyNumber === undefined ? {} : { copyNumber: entry.copyNumber }),
      ...(entry.recipient === undefined ? {} : { recipient: entry.recipient }),
      ...(entry.audience === undefined ? {} : { audience: entry.audience }),
      ...(entry.location === undefined ? {} : { location: entry.location }),
      ...(entry.signerKeyid === undefined ? {} : { signerFingerprint: fingerprintOf(entry.signerKeyid) }),
      ...(imported === undefined ? {} : { imported }),
      ...(exported === undefined ? {} : { readableFiles: exported.readableFiles }),
    };
  });
}
