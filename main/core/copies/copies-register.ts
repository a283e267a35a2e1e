import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { audiences } from '../../../shared/plan/vocabularies.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { folderAtRest } from '../store/at-rest.js';
import { readDurableJson } from '../store/durable-json-document.js';
import { oneWriterAtATime } from '../store/one-writer-per-folder.js';

/**
 * One line of the register: which revision left this laptop (a printed binder, a PDF, a Word file, a bundle on
 * a stick) or came in (an imported bundle), when, for whom, and how. The binder's distribution list and the
 * sync log are read from here.
 */
export const copyEntrySchema = z.strictObject({
  id: z.uuid(),
  direction: z.enum(['out', 'in']),
  kind: z.enum(['binder-print', 'binder-pdf', 'docx', 'printable', 'bundle']),
  /** Sequential per plan for copies that go out; printed on the cover. */
  copyNumber: z.number().int().min(1).optional(),
  planId: z.uuid(),
  revision: z.number().int().min(1),
  at: z.iso.datetime({ offset: false }),
  audience: z.enum(audiences).optional(),
  recipient: z.string().max(300).optional(),
  /** Where it went or came from: a file name on a stick, a printer. */
  location: z.string().max(1_000).optional(),
  encrypted: z.boolean().optional(),
  /** For bundles: who signed it, and what the import changed. */
  signerKeyid: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  summary: z.string().max(2_000).optional(),
});
export type CopyEntry = z.infer<typeof copyEntrySchema>;
export type NewCopyEntry = Omit<CopyEntry, 'id' | 'copyNumber' | 'at'> & { readonly at?: string };

const registerSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(copyEntrySchema).max(1_000_000),
});

function registerDocument(dataDir: string) {
  return readDurableJson<z.infer<typeof registerSchema>>({
    path: dataDirLayout(dataDir).copiesFile,
    schema: registerSchema,
    limits: { maxBytes: 64 * 1024 * 1024 },
    missing: { version: 1, entries: [] },
    refuse: (error) => new DraaiboekError('SCHEMA_INVALID', 'copies.json is damaged', { detail: describeZodError(error) }),
    indent: 1,
    // Names of recipients: plan content, encrypted with the plan when the folder is.
    atRest: () => folderAtRest(dataDir),
  });
}

async function readRegister(dataDir: string): Promise<CopyEntry[]> {
  return (await registerDocument(dataDir)).data.entries;
}

/** One writer at a time per folder, so two quick exports never hand out the same copy number. */
function serialized<T>(dataDir: string, task: () => Promise<T>): Promise<T> {
  return oneWriterAtATime(dataDirLayout(dataDir).copiesFile, task);
}

/** The register of copies (`copies.json`), oldest first. A damaged register is refused, never overwritten. */
export function listCopies(dataDir: string): Promise<CopyEntry[]> {
  return readRegister(dataDir);
}

/**
 * Record a copy. Outgoing copies get the next copy number of their plan; the entry is durable before this
 * resolves, so the number on a printed cover is never handed out twice.
 */
export function recordCopy(dataDir: string, entry: NewCopyEntry): Promise<CopyEntry> {
  return serialized(dataDir, async () => {
    const register = await registerDocument(dataDir);
    const { entries } = register.data;
    const lastNumber = Math.max(
      0,
      ...entries.filter((existing) => existing.planId === entry.planId).map((existing) => existing.copyNumber ?? 0),
    );
    const recorded = copyEntrySchema.parse({
      ...entry,
      id: randomUUID(),
      at: entry.at ?? new Date().toISOString(),
      ...(entry.direction === 'out' ? { copyNumber: lastNumber + 1 } : {}),
    });
    register.data = { version: 1, entries: [...entries, recorded] };
    await register.write();
    return recorded;
  });
}
