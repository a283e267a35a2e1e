import { audiences } from '../plan/vocabularies.js';
import {
  actionPhases,
  contactChannels,
  criticalities,
  emailKinds,
  exerciseKinds,
  hostingKinds,
  locationKinds,
  organisationKinds,
  phoneKinds,
} from '../plan/entities.js';
import { approvalBodies, improvementActionStatuses } from '../plan/cycle-records.js';
import { callTreeOutcomes, exerciseStatuses } from '../plan/entities.js';
import { callTreeTargetGroups } from '../plan/meta.js';
import { referenceTargets } from '../plan/ref.js';
import { crisisProblemReasons } from '../crisis/crisis-contract.js';
import { copyMedia } from '../plan/meta.js';
import { stampedCollections } from '../plan/plan.js';
import { durationUnits } from '../plan/primitives.js';
import type { PlainMessageKey } from './index.js';

/** `prefix.value` for every value, typed as the literal keys; a value without a label fails to compile. */
export type LabelSet<Prefix extends string, Value extends string> = { readonly [V in Value]: `${Prefix}.${V}` };

function labelSet<const Prefix extends string, const Value extends string>(
  prefix: Prefix,
  values: readonly Value[] & ([`${Prefix}.${Value}`] extends [PlainMessageKey] ? unknown : 'a value of this enum has no label in the catalogs'),
): LabelSet<Prefix, Value> {
  return Object.fromEntries(values.map((value) => [value, `${prefix}.${value}`])) as { [V in Value]: `${Prefix}.${V}` };
}

/*
 * One label set per enum of the plan, shared by the screens and the documents, so a value reads the same on
 * screen and on paper, and never shows raw ("saas"). A test checks every value of the plan schema has one in
 * both languages.
 */
export const enumLabels = {
  phoneKind: labelSet('ui.option.phoneKind', phoneKinds),
  emailKind: labelSet('ui.option.emailKind', emailKinds),
  contactChannel: labelSet('ui.option.channel', contactChannels),
  organisationKind: labelSet('ui.option.organisationKind', organisationKinds),
  hosting: labelSet('ui.option.hosting', hostingKinds),
  locationKind: labelSet('ui.option.locationKind', locationKinds),
  criticality: labelSet('ui.option.criticality', criticalities),
  actionPhase: labelSet('ui.option.phase', actionPhases),
  exerciseKind: labelSet('ui.option.exerciseKind', exerciseKinds),
  exerciseStatus: labelSet('cycle.option.exerciseStatus', exerciseStatuses),
  callTreeOutcome: labelSet('cycle.option.callTreeOutcome', callTreeOutcomes),
  actionStatus: labelSet('cycle.option.actionStatus', improvementActionStatuses),
  approvalBody: labelSet('cycle.option.approvalBody', approvalBodies),
  callTreeTargetGroup: labelSet('cycle.option.targetGroup', callTreeTargetGroups),
  referenceTarget: labelSet('cycle.option.referenceTarget', referenceTargets),
  copyMedium: labelSet('ui.option.medium', copyMedia),
  durationUnit: labelSet('ui.option.durationUnit', durationUnits),
  audience: labelSet('documents.audience', audiences),
  collection: labelSet('bundles.collection', stampedCollections),
  crisisProblemReason: labelSet('cli.crisis.reason', crisisProblemReasons),
} as const;

export type EnumName = keyof typeof enumLabels;
