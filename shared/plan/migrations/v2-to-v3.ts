import type { MigrationStep } from './migration-step.js';

/*
 * Version 3 makes the plan's yearly cycle part of the plan:
 * - an exercise names its scope in lists: the one `scenarioId` becomes `scenarioIds`; it gets a `status`, and a
 *   version 2 exercise is `held` (version 2 had no planned exercises: its records were of exercises held);
 * - an exercise's `actions` move to the new collection `improvementActions`, one record each, with the
 *   exercise as their source (one home for actions, whatever they came from). Their ids are derived from the
 *   exercise's id and the action's place, so two laptops that each migrate make the same records;
 * - the change stamps and merge conflicts of the fields that moved move along, so such copies still merge
 *   exactly: an action record's fields carry the stamp of the exercise's `actions` field; a losing `actions`
 *   value becomes a conflict on each action record field it differs in.
 * The new fields (a number's `lastVerified`, the approvals, the call-tree targets) start absent.
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(parent: unknown, key: string): JsonObject | undefined {
  const value = isObject(parent) ? parent[key] : undefined;
  return isObject(value) ? value : undefined;
}

const ID_MAX = 64;

/** `<exercise id>-actie-<n>`, the exercise id cut so the whole stays a valid id. */
export function migratedActionId(exerciseId: string, index: number): string {
  const suffix = `-actie-${index + 1}`;
  return `${exerciseId.slice(0, ID_MAX - suffix.length)}${suffix}`;
}

/** A version 2 exercise action as an improvement action record of version 3 (without id and source). */
function actionFields(action: unknown): JsonObject {
  if (!isObject(action)) return {};
  const fields: JsonObject = { text: action['text'], status: action['done'] === true ? 'done' : 'open' };
  if (action['ownerPersonId'] !== undefined) fields['ownerPersonId'] = action['ownerPersonId'];
  if (action['due'] !== undefined) fields['dueDate'] = action['due'];
  return fields;
}

interface MovedAction {
  readonly exerciseId: string;
  readonly id: string;
}

function migrateExercises(content: JsonObject | undefined): MovedAction[] {
  const exercises = content?.['exercises'];
  if (content === undefined || !Array.isArray(exercises)) return [];
  const moved: MovedAction[] = [];
  const actions: JsonObject[] = Array.isArray(content['improvementActions'])
    ? (content['improvementActions'] as JsonObject[])
    : [];
  for (const exercise of exercises) {
    if (!isObject(exercise)) continue;
    if ('scenarioId' in exercise) {
      exercise['scenarioIds'] = [exercise['scenarioId']];
      delete exercise['scenarioId'];
    }
    if (!('status' in exercise)) exercise['status'] = 'held';
    const exerciseActions = exercise['actions'];
    delete exercise['actions'];
    if (!Array.isArray(exerciseActions) || typeof exercise['id'] !== 'string') continue;
    exerciseActions.forEach((action, index) => {
      const id = migratedActionId(exercise['id'] as string, index);
      actions.push({ id, ...actionFields(action), sourceExerciseId: exercise['id'] });
      moved.push({ exerciseId: exercise['id'] as string, id });
    });
  }
  if (actions.length > 0) content['improvementActions'] = actions;
  return moved;
}

const ACTION_FIELDS = ['text', 'status', 'ownerPersonId', 'dueDate', 'sourceExerciseId'] as const;

function migrateStamps(sync: JsonObject | undefined, moved: readonly MovedAction[]): void {
  const stamps = objectAt(sync, 'stamps');
  const exercises = objectAt(stamps, 'exercises');
  if (stamps === undefined || exercises === undefined) return;
  const actionStamps: JsonObject = objectAt(stamps, 'improvementActions') ?? {};
  for (const { exerciseId, id } of moved) {
    const stamp = objectAt(exercises, exerciseId)?.['actions'];
    if (typeof stamp !== 'string') continue;
    actionStamps[id] = Object.fromEntries(ACTION_FIELDS.map((field) => [field, stamp]));
  }
  for (const fields of Object.values(exercises)) {
    if (!isObject(fields)) continue;
    if ('scenarioId' in fields) {
      fields['scenarioIds'] = fields['scenarioId'];
      delete fields['scenarioId'];
    }
    delete fields['actions'];
  }
  if (Object.keys(actionStamps).length > 0) stamps['improvementActions'] = actionStamps;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A losing `actions` list, compared with the action records the winning list became, field by field. */
function actionConflicts(conflict: JsonObject, content: JsonObject | undefined): JsonObject[] {
  const exerciseId = conflict['recordId'];
  const losing = Array.isArray(conflict['value']) ? conflict['value'] : [];
  const records = Array.isArray(content?.['improvementActions']) ? (content['improvementActions'] as unknown[]) : [];
  const out: JsonObject[] = [];
  if (typeof exerciseId !== 'string') return out;
  losing.forEach((action, index) => {
    const id = migratedActionId(exerciseId, index);
    const record = records.find((candidate) => isObject(candidate) && candidate['id'] === id);
    if (!isObject(record)) return;
    const fields = actionFields(action);
    for (const field of ['text', 'status', 'ownerPersonId', 'dueDate'] as const) {
      if (sameJson(fields[field], record[field])) continue;
      const moved: JsonObject = { collection: 'improvementActions', recordId: id, field };
      if (fields[field] !== undefined) moved['value'] = fields[field];
      moved['stamp'] = conflict['stamp'];
      if (conflict['resolvedAt'] !== undefined) moved['resolvedAt'] = conflict['resolvedAt'];
      out.push(moved);
    }
  });
  return out;
}

function migrateConflicts(sync: JsonObject | undefined, content: JsonObject | undefined): void {
  const conflicts = sync?.['conflicts'];
  if (sync === undefined || !Array.isArray(conflicts)) return;
  const migrated: unknown[] = [];
  for (const conflict of conflicts) {
    if (!isObject(conflict) || conflict['collection'] !== 'exercises') {
      migrated.push(conflict);
    } else if (conflict['field'] === 'scenarioId') {
      conflict['field'] = 'scenarioIds';
      // An absent value means the losing edit cleared the scenario; it stays absent.
      if ('value' in conflict) conflict['value'] = [conflict['value']];
      migrated.push(conflict);
    } else if (conflict['field'] === 'actions') {
      migrated.push(...actionConflicts(conflict, content));
    } else {
      migrated.push(conflict);
    }
  }
  sync['conflicts'] = migrated;
}

export const v2ToV3: MigrationStep = {
  from: 2,
  to: 3,
  migrate(signed) {
    if (!isObject(signed)) return signed;
    const plan = objectAt(signed, 'plan');
    const content = objectAt(plan, 'content');
    const sync = objectAt(plan, 'sync');
    const moved = migrateExercises(content);
    migrateStamps(sync, moved);
    migrateConflicts(sync, content);
    signed['specVersion'] = 3;
    return signed;
  },
};

/**
 * Plan content without its envelope, as `show --json` wrote it in version 2 (it carries no version): the same
 * step for its exercises, so a plan kept as such a file can still be imported. Content of version 3 passes
 * unchanged.
 */
export function contentV2ToV3(content: unknown): unknown {
  if (!isObject(content)) return content;
  // Parsed JSON in, so a JSON round trip is a full copy (shared code has no structuredClone in its types).
  const copy = JSON.parse(JSON.stringify(content)) as JsonObject;
  migrateExercises(copy);
  return copy;
}
