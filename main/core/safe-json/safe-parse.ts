import { isAscii } from 'node:buffer';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { DraaiboekError, type ErrorParams } from '../../../shared/errors.js';
import { scanStructure, type StructureFinding } from './structure-scan.js';
import { lineAndColumnAt, locateSyntaxError } from './syntax-error-locator.js';
import { firstInvalidUtf8Offset } from './utf8.js';
import { keyPathAt } from './key-path.js';

export interface JsonLimits {
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Deepest nesting of objects and arrays accepted; a top-level `[]` is depth 1. */
  maxDepth?: number;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

interface ResolvedLimits {
  maxBytes: number;
  maxDepth: number;
}

function resolveLimits(limits: JsonLimits | undefined): ResolvedLimits {
  const maxBytes = limits?.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits?.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`maxBytes must be a whole number >= 0, got ${maxBytes}`);
  if (!Number.isSafeInteger(maxDepth) || maxDepth < 1) throw new RangeError(`maxDepth must be a whole number >= 1, got ${maxDepth}`);
  return { maxBytes, maxDepth };
}

/** Parameters every error carries: where the text came from, when it came from a file. */
function withSource<Params extends ErrorParams>(path: string | undefined, params: Params): Params {
  return path === undefined ? params : { path, ...params };
}

function describeSource(path: string | undefined): string {
  return path === undefined ? 'the JSON text' : path;
}

function tooLarge(path: string | undefined, size: number, maxBytes: number): DraaiboekError {
  return new DraaiboekError('FILE_TOO_LARGE', `${describeSource(path)} is larger than the limit of ${maxBytes} bytes`, withSource(path, { size, max: maxBytes, maxBytes }));
}

const fatalUtf8Decoder = new TextDecoder('utf-8', { fatal: true });
const onlyJsonWhitespace = /^[ \t\n\r]*$/;

function decodeStrictUtf8(bytes: Uint8Array, path: string | undefined): string {
  // Plan files are almost all ASCII, which needs no UTF-8 decoding at all: a measurable share of the read time.
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    // The decoder drops one leading byte order mark, as editors on Windows like to write one.
    return fatalUtf8Decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new DraaiboekError('INVALID_UTF8', `${describeSource(path)} is not valid UTF-8 (byte ${offset})`, withSource(path, { offset }));
  }
}

function invalidJson(text: string, path: string | undefined, nativeError: unknown): DraaiboekError {
  const location = locateSyntaxError(text);
  if (location === null) {
    // Only reachable if this grammar check and the engine ever disagree; the engine's word stands.
    const reason = nativeError instanceof Error ? nativeError.message : String(nativeError);
    return new DraaiboekError('INVALID_JSON', `${describeSource(path)} is not valid JSON: ${reason}`, withSource(path, { reason, detail: reason }));
  }
  const { offset, line, column, reason } = location;
  return new DraaiboekError(
    'INVALID_JSON',
    `${describeSource(path)} is not valid JSON at line ${line}, column ${column} (position ${offset}): ${reason}`,
    withSource(path, { position: offset, line, column, reason, detail: `line ${line}, column ${column}: ${reason}` }),
  );
}

function structureError(text: string, finding: Exclude<StructureFinding, { kind: 'malformed' }>, path: string | undefined, maxDepth: number): DraaiboekError {
  const { line, column } = lineAndColumnAt(text, finding.offset);
  const position = finding.offset;
  if (finding.kind === 'too-deep') {
    return new DraaiboekError(
      'NESTING_TOO_DEEP',
      `${describeSource(path)} nests deeper than ${maxDepth} levels at line ${line}, column ${column}`,
      withSource(path, { position, line, column, maxDepth, max: maxDepth }),
    );
  }
  const keyPath = keyPathAt(text, finding.offset);
  if (finding.kind === 'forbidden-key') {
    return new DraaiboekError(
      'FORBIDDEN_KEY',
      `${describeSource(path)} has the forbidden key ${JSON.stringify(finding.key)} at ${keyPath}`,
      withSource(path, { key: finding.key, keyPath, position, line, column }),
    );
  }
  return new DraaiboekError(
    'DUPLICATE_KEY',
    `${describeSource(path)} has the key ${JSON.stringify(finding.key)} twice in one object, at ${keyPath}`,
    withSource(path, { key: finding.key, keyPath, position, line, column }),
  );
}

function parseText(text: string, limits: ResolvedLimits, path: string | undefined): unknown {
  if (onlyJsonWhitespace.test(text)) {
    throw new DraaiboekError('FILE_EMPTY', `${describeSource(path)} is empty`, withSource(path, {}));
  }
  const finding = scanStructure(text, limits.maxDepth);
  // Refused before parsing so that hostile nesting never costs the memory of building it.
  if (finding?.kind === 'too-deep') throw structureError(text, finding, path, limits.maxDepth);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidJson(text, path, error);
  }
  if (finding?.kind === 'malformed') {
    // The scan and the engine disagree on valid text; better refuse than guess which one is right.
    throw new DraaiboekError('INVALID_JSON', `${describeSource(path)} could not be read safely`, withSource(path, { position: finding.offset, detail: `position ${finding.offset}` }));
  }
  if (finding !== null) throw structureError(text, finding, path, limits.maxDepth);
  return value;
}

function parseBytes(bytes: Uint8Array, limits: ResolvedLimits, path: string | undefined): unknown {
  if (bytes.length > limits.maxBytes) throw tooLarge(path, bytes.length, limits.maxBytes);
  if (bytes.length === 0) throw new DraaiboekError('FILE_EMPTY', `${describeSource(path)} is empty`, withSource(path, {}));
  return parseText(decodeStrictUtf8(bytes, path), limits, path);
}

/**
 * Parses JSON that may have been made by anyone (a file from a USB stick, a damaged disk, an attacker): every
 * way it can be hostile is refused with its own error code before any of it reaches the rest of the app.
 */
export function parseUntrustedJson(bytes: Uint8Array, limits?: JsonLimits): unknown {
  return parseBytes(bytes, resolveLimits(limits), undefined);
}

function fileSystemError(error: unknown, path: string): DraaiboekError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'UNKNOWN';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new DraaiboekError('FILE_NOT_FOUND', `${path} does not exist`, { path });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new DraaiboekError('IO_ERROR', `${path} could not be read: ${reason}`, { path, errno: code, detail: `${path} (${code})` });
}

/** Reads at most `maxBytes + 1` bytes, however large the file is or grows while it is read. */
async function readCapped(handle: FileHandle, path: string, maxBytes: number): Promise<Uint8Array> {
  const stats = await handle.stat();
  if (!stats.isFile()) throw new DraaiboekError('IO_ERROR', `${path} is not a regular file`, { path, detail: `${path} (not a regular file)` });
  if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);

  let buffer = Buffer.allocUnsafe(stats.size + 1);
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      // The file grew since it was measured: keep reading, but never past the cap.
      if (filled > maxBytes) throw tooLarge(path, filled, maxBytes);
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, filled);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  if (filled > maxBytes) throw tooLarge(path, filled, maxBytes);
  return buffer.subarray(0, filled);
}

/** Reads a file of untrusted bytes: the size is checked before reading, and never more than the cap is read. */
export async function readUntrustedFileBytes(path: string, limits?: JsonLimits): Promise<Uint8Array> {
  const resolved = resolveLimits(limits);
  // Checked before opening: opening a FIFO or a device would wait for a writer that never comes.
  const kind = await stat(path).catch((error: unknown) => {
    throw fileSystemError(error, path);
  });
  if (!kind.isFile()) throw new DraaiboekError('IO_ERROR', `${path} is not a regular file`, { path, detail: path });
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileSystemError(error, path);
  }
  try {
    return await readCapped(handle, path, resolved.maxBytes);
  } catch (error) {
    if (error instanceof DraaiboekError) throw error;
    throw fileSystemError(error, path);
  } finally {
    await handle.close();
  }
}

/** Reads and parses a JSON file with the checks of `parseUntrustedJson`; the size is checked before reading. */
export async function readUntrustedJsonFile(path: string, limits?: JsonLimits): Promise<unknown> {
  const bytes = await readUntrustedFileBytes(path, limits);
  return parseBytes(bytes, resolveLimits(limits), path);
}

/** `parseUntrustedJson` for bytes read from `path`, so errors name the file. */
export function parseUntrustedJsonFrom(bytes: Uint8Array, path: string, limits?: JsonLimits): unknown {
  return parseBytes(bytes, resolveLimits(limits), path);
}
