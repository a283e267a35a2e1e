import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { isDraaiboekError, type DraaiboekError } from '../../../shared/errors.js';
import { writeFileDurably } from '../fs/durable-write.js';
import { parseUntrustedJsonFrom, readUntrustedFileBytes, type JsonLimits } from '../safe-json/safe-parse.js';
import { plainAtRest, type AtRest } from './at-rest.js';

export interface DurableJsonOptions<T> {
  readonly path: string;
  /** A file from disk is an edge: what is read must fit this, or `refuse` says why not. */
  readonly schema: z.ZodType<T>;
  readonly limits: JsonLimits;
  /** What a folder without the file holds. */
  readonly missing: T;
  readonly refuse: (error: z.ZodError) => DraaiboekError;
  /** Spaces of indentation in the file (people read these files). */
  readonly indent: number;
  /** A document with plan content is encrypted with the folder's other content files; plain when absent. */
  readonly atRest?: () => AtRest;
}

/**
 * lowdb's adapter for the folder's small JSON documents (trust.json, copies.json, seal-keys.json,
 * ui-settings.json): read with the size and depth caps of untrusted input and checked against the document's
 * schema; written durably (temp file, fsync, rename, fsync folder), which lowdb's own file adapter does not do.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(private readonly options: DurableJsonOptions<T>) {}

  async read(): Promise<T> {
    let raw: unknown;
    try {
      const { path, limits } = this.options;
      raw = parseUntrustedJsonFrom(this.atRest().open(await readUntrustedFileBytes(path, limits), path), path, limits);
    } catch (error) {
      if (isDraaiboekError(error) && error.code === 'FILE_NOT_FOUND') return this.options.missing;
      throw error;
    }
    const parsed = this.options.schema.safeParse(raw);
    if (!parsed.success) throw this.options.refuse(parsed.error);
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    const text = Buffer.from(`${JSON.stringify(data, null, this.options.indent)}\n`, 'utf8');
    await writeFileDurably(this.options.path, this.atRest().seal(text));
  }

  private atRest(): AtRest {
    return this.options.atRest?.() ?? plainAtRest;
  }
}

/** One of the folder's JSON documents, not read yet (a document written whole needs no read first). */
export function durableJson<T>(options: DurableJsonOptions<T>): Low<T> {
  return new Low<T>(new DurableJsonAdapter(options), options.missing);
}

/** One of the folder's JSON documents, read now. A read that fails (a damaged file) throws and writes nothing. */
export async function readDurableJson<T>(options: DurableJsonOptions<T>): Promise<Low<T>> {
  const db = durableJson(options);
  await db.read();
  return db;
}
