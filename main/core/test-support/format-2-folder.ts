import { readFile, writeFile } from 'node:fs/promises';
import type { SignedPlan } from '../../../shared/plan/plan.js';
import { canonicalJson } from '../crypto/canonical-json.js';
import { loadDeviceKey } from '../crypto/device-key-store.js';
import { serializeSignedEnvelope, signCanonical } from '../crypto/envelope.js';
import { createPassphraseProtector } from '../crypto/key-protection.js';
import type { DeviceKeyPair } from '../crypto/keys.js';
import { dataDirLayout } from '../store/data-dir-layout.js';
import { historyPath, listHistoryRevisions } from '../store/history.js';
import { TEST_PASSPHRASE } from './temp-data-dir.js';

type Json = Record<string, unknown>;

/** Fields format 2 had on an exercise; the rest came with format 3. */
const FORMAT_2_EXERCISE_FIELDS = ['id', 'title', 'date', 'kind', 'participantPersonIds', 'findings'] as const;

interface Format3Action {
  readonly id: string;
  readonly text: string;
  readonly status: string;
  readonly ownerPersonId?: string;
  readonly dueDate?: string;
  readonly sourceExerciseId?: string;
}

/**
 * The signed part as format 2 stored it (the inverse of the v2-to-v3 step): an exercise named one scenario and
 * held its own actions; there were no improvement actions, approvals or other fields of format 3. An action's
 * stamp goes back to its exercise's `actions` field. Made from a file this build wrote, so everything else is
 * exactly as the store writes it.
 */
export function asFormat2(signed: SignedPlan): Json {
  const copy = structuredClone(signed) as unknown as Json & {
    plan: { content: Json; sync: { stamps: Record<string, Record<string, Json> | undefined>; tombstones: Json; conflicts: Json[] } };
  };
  copy['specVersion'] = 2;
  const content = copy.plan.content;
  const actions = (content['improvementActions'] ?? []) as Format3Action[];
  const actionStamps = copy.plan.sync.stamps['improvementActions'] ?? {};
  const exerciseStamps = copy.plan.sync.stamps['exercises'] ?? {};
  content['exercises'] = (content['exercises'] as Json[]).map((exercise) => {
    const old: Json = Object.fromEntries(FORMAT_2_EXERCISE_FIELDS.filter((field) => field in exercise).map((field) => [field, exercise[field]]));
    const [scenarioId] = (exercise['scenarioIds'] ?? []) as string[];
    if (scenarioId !== undefined) old['scenarioId'] = scenarioId;
    const own = actions.filter((action) => action.sourceExerciseId === exercise['id']);
    old['actions'] = own.map((action) => ({
      text: action.text,
      ...(action.ownerPersonId === undefined ? {} : { ownerPersonId: action.ownerPersonId }),
      ...(action.dueDate === undefined ? {} : { due: action.dueDate }),
      done: action.status === 'done',
    }));
    const stamps = exerciseStamps[exercise['id'] as string];
    if (stamps !== undefined) {
      const kept: Json = Object.fromEntries(Object.entries(stamps).filter(([field]) => (FORMAT_2_EXERCISE_FIELDS as readonly string[]).includes(field)));
      if ('scenarioIds' in stamps) kept['scenarioId'] = stamps['scenarioIds'];
      const actionStamp = own.flatMap((action) => Object.values(actionStamps[action.id] ?? {}) as string[]).sort().at(-1);
      if (actionStamp !== undefined) kept['actions'] = actionStamp;
      exerciseStamps[exercise['id'] as string] = kept;
    }
    return old;
  });
  delete content['improvementActions'];
  delete content['approvals'];
  delete copy.plan.sync.stamps['improvementActions'];
  delete copy.plan.sync.stamps['approvals'];
  delete copy.plan.sync.tombstones['improvementActions'];
  delete copy.plan.sync.tombstones['approvals'];
  copy.plan.sync.conflicts = copy.plan.sync.conflicts.filter(
    (conflict) => conflict['collection'] !== 'improvementActions' && conflict['collection'] !== 'approvals',
  );
  return copy;
}

export function signedFileText(key: DeviceKeyPair, signed: unknown): string {
  const canonical = canonicalJson(signed);
  return serializeSignedEnvelope(canonical, [signCanonical(canonical, key)]);
}

/**
 * Rewrite a folder made by this build (its plan and every history copy) as the release with format 2 wrote
 * it, each file signed by the folder's own device key: the key, trust and protected state stay as they are,
 * as they did across that release.
 */
export async function rewriteFolderAsFormat2(dataDir: string, passphrase = TEST_PASSPHRASE): Promise<DeviceKeyPair> {
  const key = await loadDeviceKey(dataDir, createPassphraseProtector(passphrase));
  const layout = dataDirLayout(dataDir);
  const paths = [layout.planFile, ...(await listHistoryRevisions(layout)).map((revision) => historyPath(layout, revision))];
  for (const path of paths) {
    const { signed } = JSON.parse(await readFile(path, 'utf8')) as { signed: SignedPlan };
    await writeFile(path, signedFileText(key, asFormat2(signed)));
  }
  return key;
}
