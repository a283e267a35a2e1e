import { collectionNames, type CollectionName } from '../../../shared/plan/plan.js';
import { fingerprintOf } from '../crypto/keys.js';
import type { SignerView } from './analyse-import.js';
import { BUNDLE_VERSION } from './bundle-format.js';
import { openBundle, type BundleTrust } from './open-bundle.js';

export interface BundleInspection {
  readonly encrypted: boolean;
  readonly bundleVersion: number;
  readonly planId: string;
  readonly title: string;
  readonly organisationName: string;
  readonly revision: number;
  readonly savedAt: string;
  readonly exportedAt: string;
  readonly signer: SignerView;
  readonly counts: Record<CollectionName, number>;
  readonly openConflicts: number;
}

/** No folder to ask: nobody is trusted, and the bundle is checked against the key it carries. */
export const trustNobody: BundleTrust = { lookup: () => undefined, removed: new Set() };

/** Open and verify a bundle and tell what it holds; reads and writes nothing else. */
export async function inspectBundle(bytes: Uint8Array, passphrase: string | undefined, trust: BundleTrust = trustNobody): Promise<BundleInspection> {
  const bundle = await openBundle(bytes, passphrase, trust);
  const { content, sync } = bundle.signed.plan;
  const trusted = trust.lookup(bundle.signerKeyid);
  const name = trusted?.name ?? bundle.signerInBundle?.name;
  const counts = Object.fromEntries(collectionNames.map((collection) => [collection, content[collection].length])) as Record<CollectionName, number>;
  return {
    encrypted: bundle.encrypted,
    bundleVersion: BUNDLE_VERSION,
    planId: bundle.signed.planId,
    title: content.meta.title,
    organisationName: content.meta.organisationName,
    revision: bundle.signed.revision,
    savedAt: bundle.signed.savedAt,
    exportedAt: bundle.manifest.createdAt,
    signer: {
      keyid: bundle.signerKeyid,
      fingerprint: fingerprintOf(bundle.signerKeyid),
      ...(name === undefined ? {} : { name }),
      trusted: trusted !== undefined,
    },
    counts,
    openConflicts: sync.conflicts.filter((conflict) => conflict.resolvedAt === undefined).length,
  };
}
