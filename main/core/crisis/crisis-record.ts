import { fingerprintOf } from '../crypto/keys.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { createHash } from 'node:crypto';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { lineOf } from './crisis-event-codec.js';
import { crisisWriterOf, deviceNamesOf } from './crisis-service.js';

/*
 * The signed record of a crisis for the archive: one canonical JSON file with every event that holds, each
 * exactly as its author signed it, and the public keys of the devices that signed them, so the record can be
 * verified years later without this laptop. Its hash (SHA-256 of the file) names it on the printed record.
 */

export const CRISIS_RECORD_TYPE = 'draaiboek.crisis-record';
export const CRISIS_RECORD_VERSION = 1;

export interface CrisisRecordFile {
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly eventCount: number;
}

export async function buildCrisisRecord(opened: OpenedDataDir, crisisId: string): Promise<CrisisRecordFile> {
  const log = await crisisWriterOf(opened).read(crisisId);
  const names = await deviceNamesOf(opened);
  const keys: { keyid: string; fingerprint: string; publicKey: string; name?: string }[] = [];
  for (const device of [...new Set(log.events.map((event) => event.signed.device))].sort()) {
    const known = opened.lookup(device);
    if (known === undefined) continue;
    const raw = known.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
    const name = names.get(device);
    keys.push({ keyid: device, fingerprint: fingerprintOf(device), publicKey: Buffer.from(raw).toString('base64'), ...(name === undefined ? {} : { name }) });
  }
  // Canonical as a whole: "_type" < "crisisId" < "devices" < "events" < "exportedAt" < "recordVersion".
  const text =
    `{"_type":${canonicalJson(CRISIS_RECORD_TYPE)},"crisisId":${canonicalJson(crisisId)},"devices":${canonicalJson(keys)},` +
    `"events":[${log.events.map(lineOf).join(',')}],"exportedAt":${canonicalJson(opened.platform.now().toISOString())},` +
    `"recordVersion":${CRISIS_RECORD_VERSION}}`;
  const bytes = Buffer.from(text, 'utf8');
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), eventCount: log.events.length };
}
