export { canonicalJson } from './canonical-json.js';
export {
  fingerprintOf,
  generateDeviceKeyPair,
  keyidOf,
  keyPairFromPrivateKey,
  nodeIdOf,
  privateKeyFromPkcs8,
  privateKeyToPkcs8,
  publicKeyFromRaw,
  rawPublicKeyOf,
  type DeviceKeyPair,
} from './keys.js';
export {
  serializeSignedEnvelope,
  signCanonical,
  signToEnvelopeText,
  verifyCanonical,
  verifyEnvelope,
  verifySignedBytes,
  signatureSchema,
  type BytesVerifyResult,
  type KeyLookup,
  type PublicKeyInfo,
  type Signature,
  type SignedEnvelope,
  type VerifyFailureCode,
  type VerifyResult,
} from './envelope.js';
export {
  createOsKeystoreProtector,
  createPassphraseProtector,
  protectedSecretSchema,
  type ProtectedSecret,
  type SecretProtector,
} from './key-protection.js';
export { createDeviceKey, deviceKeyPath, loadDeviceKey, readDevicePublicKey, type DevicePublicKey } from './device-key-store.js';
export { loadTrustStore, removeSigner, trustFilePath, trustSigner, type AddedHow, type NewTrustedSigner, type TrustedSigner, type TrustStore } from './trust-store.js';
export { keyidSchema } from './schemas.js';
