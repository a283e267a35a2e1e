import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { serializeSignedEnvelope, signCanonical, signToEnvelopeText, verifyCanonical, verifyEnvelope, type KeyLookup } from './envelope.js';
import { generateDeviceKeyPair, publicKeyFromRaw, type DeviceKeyPair } from './keys.js';

const signedPlan = {
  _type: 'draaiboek.plan',
  specVersion: 1,
  planId: '0b0c1c9e-3a53-4c1e-9f44-5d1f7d2f0e11',
  revision: 42,
  savedAt: '2026-11-29T15:00:00.000Z',
  plan: { people: [{ id: 'jan-jansen', name: 'Jan Jansen', phones: [{ kind: 'mobile', number: '+31612345678' }] }] },
};

function trusting(...keys: DeviceKeyPair[]): KeyLookup {
  const known = new Map(keys.map((key) => [key.keyid, { publicKey: publicKeyFromRaw(key.publicKey), name: 'Laptop' }]));
  return (keyid) => known.get(keyid);
}

describe('signed envelopes', () => {
  const device = generateDeviceKeyPair();
  const fileText = signToEnvelopeText(signedPlan, [device]);

  it('verifies a file signed by a trusted key, and returns the signer and the canonical text', () => {
    const result = verifyEnvelope(JSON.parse(fileText), trusting(device));
    const sig = (JSON.parse(fileText) as { signatures: { sig: string }[] }).signatures[0]?.sig;
    expect(result).toEqual({ ok: true, keyid: device.keyid, sig, canonicalText: canonicalJson(signedPlan) });
  });

  it('writes the envelope text equal to the JCS form of the whole envelope', () => {
    const canonicalSigned = canonicalJson(signedPlan);
    const signatures = [signCanonical(canonicalSigned, device), signCanonical(canonicalSigned, generateDeviceKeyPair())];
    expect(serializeSignedEnvelope(canonicalSigned, signatures)).toBe(canonicalJson({ signed: signedPlan, signatures }));
  });

  it('refuses a file where one digit of a phone number was changed', () => {
    expect(fileText).toContain('+31612345678');
    const tampered = fileText.replace('+31612345678', '+31612345679');
    expect(verifyEnvelope(JSON.parse(tampered), trusting(device))).toEqual({ ok: false, code: 'SIGNATURE_INVALID', keyid: device.keyid });
  });

  it('still verifies a re-indented file with its keys reordered', () => {
    const parsed = JSON.parse(fileText) as { signed: Record<string, unknown>; signatures: unknown };
    const reordered = { signatures: parsed.signatures, signed: Object.fromEntries(Object.entries(parsed.signed).reverse()) };
    const reindented = JSON.stringify(reordered, null, 2);
    expect(reindented).not.toBe(fileText);
    expect(verifyEnvelope(JSON.parse(reindented), trusting(device))).toMatchObject({ ok: true, keyid: device.keyid });
  });

  it('gives SIGNER_UNKNOWN for a signature by a key that is not trusted', () => {
    const stranger = generateDeviceKeyPair();
    const text = signToEnvelopeText(signedPlan, [stranger]);
    expect(verifyEnvelope(JSON.parse(text), trusting(device))).toEqual({ ok: false, code: 'SIGNER_UNKNOWN', keyid: stranger.keyid });
  });

  it('gives SIGNATURE_INVALID for a valid signature taken from a different signed object', () => {
    const otherRevision = { ...signedPlan, revision: 41 };
    const signatureOfOther = signCanonical(canonicalJson(otherRevision), device);
    const envelope = { signed: signedPlan, signatures: [signatureOfOther] };
    expect(verifyEnvelope(envelope, trusting(device))).toEqual({ ok: false, code: 'SIGNATURE_INVALID', keyid: device.keyid });
  });

  it('gives SIGNATURE_INVALID when a known key fails even if unknown keys also signed', () => {
    const canonicalText = canonicalJson(signedPlan);
    const wrong = { keyid: device.keyid, sig: signCanonical(canonicalText, generateDeviceKeyPair()).sig };
    const unknown = signCanonical(canonicalText, generateDeviceKeyPair());
    expect(verifyCanonical(canonicalText, [unknown, wrong], trusting(device))).toMatchObject({ ok: false, code: 'SIGNATURE_INVALID' });
  });

  it('accepts a file when one of several signatures is by a trusted key', () => {
    const colleague = generateDeviceKeyPair();
    const text = signToEnvelopeText(signedPlan, [generateDeviceKeyPair(), colleague]);
    expect(verifyEnvelope(JSON.parse(text), trusting(device, colleague))).toMatchObject({ ok: true, keyid: colleague.keyid });
  });

  it('gives UNSIGNED for an envelope without signatures', () => {
    expect(verifyEnvelope({ signed: signedPlan, signatures: [] }, trusting(device))).toEqual({ ok: false, code: 'UNSIGNED' });
    expect(verifyEnvelope({ signed: signedPlan }, trusting(device))).toEqual({ ok: false, code: 'UNSIGNED' });
    expect(verifyCanonical(canonicalJson(signedPlan), [], trusting(device))).toEqual({ ok: false, code: 'UNSIGNED' });
  });

  it('gives SCHEMA_INVALID for envelopes of the wrong shape', () => {
    const good = JSON.parse(fileText) as { signed: unknown; signatures: { keyid: string; sig: string }[] };
    const signature = good.signatures[0] ?? { keyid: '', sig: '' };
    const malformed: unknown[] = [
      null,
      'text',
      [],
      { signatures: good.signatures },
      { ...good, extra: true },
      { signed: signedPlan, signatures: 'none' },
      { signed: signedPlan, signatures: [{ ...signature, keyid: signature.keyid.toUpperCase() }] },
      { signed: signedPlan, signatures: [{ ...signature, sig: signature.sig.slice(0, -4) }] },
      { signed: signedPlan, signatures: [{ ...signature, sig: ` ${signature.sig}` }] },
      { signed: signedPlan, signatures: [{ ...signature, extra: 1 }] },
      { signed: signedPlan, signatures: Array.from({ length: 17 }, () => signature) },
      { signed: { text: 'lone \ud800 surrogate' }, signatures: good.signatures },
    ];
    for (const envelope of malformed) {
      expect(verifyEnvelope(envelope, trusting(device))).toMatchObject({ ok: false, code: 'SCHEMA_INVALID' });
    }
  });
});
