import { BUNDLE_VERSION } from './bundle-format.js';

/*
 * Reading bundles made by earlier versions: each step lifts a bundle's plaintext by one version, before the
 * schema of today's version checks it. Nothing a step adds is under a signature of the older bundle, and
 * nothing signed is changed.
 */

type RawBundle = Record<string, unknown>;

/** Version 1 carried the plan only: it is version 2 without crisis logs. */
export function bundleV1ToV2(bundle: RawBundle): RawBundle {
  return { ...bundle, bundleVersion: 2, crises: [] };
}

const steps: ReadonlyMap<number, (bundle: RawBundle) => RawBundle> = new Map([[1, bundleV1ToV2]]);

/** The bundle lifted to today's version, or undefined for a version no step leads from. */
export function upgradeBundle(bundle: RawBundle): RawBundle | undefined {
  let current = bundle;
  for (;;) {
    const version = current['bundleVersion'];
    if (version === BUNDLE_VERSION) return current;
    const step = typeof version === 'number' ? steps.get(version) : undefined;
    if (step === undefined) return undefined;
    current = step(current);
  }
}
