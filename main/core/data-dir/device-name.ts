import { DraaiboekError } from '../../../shared/errors.js';
import { deviceNameSchema, MAX_DEVICE_NAME_LENGTH } from '../../../shared/device-name.js';
import { readDevicePublicKey } from '../crypto/device-key-store.js';
import { loadTrustStore, trustSigner } from '../crypto/trust-store.js';

/** The laptop's name as the user typed it, tidied; refused with a translated reason when missing or unfit. */
export function checkDeviceName(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') throw new DraaiboekError('DEVICE_NAME_REQUIRED', 'this laptop has no name');
  const parsed = deviceNameSchema.safeParse(raw);
  if (!parsed.success) throw new DraaiboekError('DEVICE_NAME_INVALID', 'not a usable laptop name', { max: MAX_DEVICE_NAME_LENGTH });
  return parsed.data;
}

/** The name colleagues see for this laptop: the one its own key is trusted under. */
export async function deviceNameOf(dataDir: string): Promise<string | undefined> {
  const own = await readDevicePublicKey(dataDir);
  return (await loadTrustStore(dataDir)).signers.find((signer) => signer.keyid === own.keyid)?.name;
}

/** Give this laptop another name; bundles exported from now on carry it. */
export async function renameDevice(dataDir: string, rawName: string): Promise<string> {
  const name = checkDeviceName(rawName);
  const own = await readDevicePublicKey(dataDir);
  await trustSigner(dataDir, { keyid: own.keyid, publicKey: own.publicKey, name, addedHow: 'own-device' });
  return name;
}
