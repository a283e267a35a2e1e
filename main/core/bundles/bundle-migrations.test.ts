import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION } from './bundle-format.js';
import { bundleV1ToV2, upgradeBundle } from './bundle-migrations.js';

describe('bundle migrations', () => {
  it('reads a version 1 bundle as version 2 without crisis logs, leaving every signed part as it was', () => {
    const manifest = { signatures: [{ keyid: 'k', sig: 's' }], signed: { revision: 3 } };
    const plan = { signatures: [], signed: { revision: 3 } };
    const v1 = { _type: 'draaiboek.bundle', bundleVersion: 1, manifest, plan };
    expect(bundleV1ToV2(v1)).toEqual({ _type: 'draaiboek.bundle', bundleVersion: 2, crises: [], manifest, plan });
    expect(upgradeBundle(v1)).toEqual(bundleV1ToV2(v1));
    expect(upgradeBundle(v1)?.['manifest']).toBe(manifest);
  });

  it('leaves today’s version alone and knows no step from an unknown version', () => {
    const today = { bundleVersion: BUNDLE_VERSION, crises: [] };
    expect(upgradeBundle(today)).toBe(today);
    for (const version of [0, BUNDLE_VERSION + 1, '1', null, 1.5]) expect(upgradeBundle({ bundleVersion: version })).toBeUndefined();
  });
});
