import type { z } from 'zod';
import type { Change } from '../../../shared/plan/sync/changes.js';
import { translateRuntime, type MessageKey, type Translate } from '../../../shared/i18n/index.js';
import type { CollectionName } from '../../../shared/plan/plan.js';
import { isDialablePhone } from '../../../shared/plan/phone-display.js';
import type { FieldSpec } from './field-spec.js';

export type Draft = Record<string, unknown>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The draft as the record it would save: empty fields left out, so clearing a field removes it. */
export function cleanDraft(draft: Draft): Draft {
  const cleaned: Draft = {};
  for (const [key, value] of Object.entries(draft)) {
    if (isEmpty(value)) continue;
    if (Array.isArray(value)) {
      cleaned[key] = value.map((item: unknown) =>
        typeof item === 'object' && item !== null && !Array.isArray(item) ? cleanDraft(item as Draft) : item,
      );
    } else {
      cleaned[key] = value;
    }
  }
  return cleaned;
}

function phoneFieldPaths(specs: readonly FieldSpec[], prefix = ''): Set<string> {
  const paths = new Set<string>();
  for (const spec of specs) {
    if (spec.kind === 'phone') paths.add(`${prefix}${spec.name}`);
    if (spec.kind === 'objects') for (const path of phoneFieldPaths(spec.fields, `${prefix}${spec.name}.*.`)) paths.add(path);
  }
  return paths;
}

/** Every value at a path pattern (`phones.*.number`), with its concrete path (`phones.0.number`). */
function valuesAt(value: unknown, pattern: readonly string[], path: readonly string[] = []): { path: string; value: unknown }[] {
  const [head, ...rest] = pattern;
  if (head === undefined) return [{ path: path.join('.'), value }];
  if (typeof value !== 'object' || value === null) return [];
  if (head === '*') return Array.isArray(value) ? value.flatMap((item: unknown, index) => valuesAt(item, rest, [...path, String(index)])) : [];
  return valuesAt((value as Record<string, unknown>)[head], rest, [...path, head]);
}

function messageFor(issue: z.core.$ZodIssue, valueMissing: boolean, isPhone: boolean): { key: MessageKey; params?: Record<string, number> } {
  if (valueMissing) return { key: 'ui.validation.required' };
  if (isPhone) return { key: 'ui.validation.phone' };
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? { key: 'ui.validation.required' } : { key: 'ui.validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'ui.validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'ui.validation.email' } : issue.format === 'date' ? { key: 'ui.validation.date' } : { key: 'ui.validation.format' };
    case 'invalid_value':
      return { key: 'ui.validation.choose' };
    default:
      return { key: 'ui.validation.invalid' };
  }
}

function valueAt(draft: Draft, path: readonly PropertyKey[]): unknown {
  let current: unknown = draft;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Checks the draft against the record's own schema and says what is wrong, per field, in the user's
 * language. Keys are paths: `name`, `phones.0.number`.
 */
export function validateDraft(schema: z.ZodType, specs: readonly FieldSpec[], draft: Draft, t: Translate): Map<string, string> {
  const errors = new Map<string, string>();
  const cleaned = cleanDraft(draft);
  const phones = phoneFieldPaths(specs);
  // E.164 admits numbers no network connects (a mobile a digit short): a number entered must be dialable.
  for (const pattern of phones) {
    for (const { path, value } of valuesAt(cleaned, pattern.split('.'))) {
      if (typeof value === 'string' && value.startsWith('+') && !isDialablePhone(value)) {
        errors.set(path, t('ui.validation.phoneNotDialable', { number: value }));
      }
    }
  }
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (errors.has(path)) continue;
    const pattern = issue.path.map((part) => (typeof part === 'number' ? '*' : String(part))).join('.');
    const missing = isEmpty(valueAt(draft, issue.path));
    const { key, params } = messageFor(issue, missing, phones.has(pattern));
    errors.set(path, translateRuntime(t, key, params));
  }
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The one change that turns the original record into the draft: created, or only the fields that differ. */
export function changeFor(target: CollectionName | 'meta', original: Draft | undefined, draft: Draft): Change | undefined {
  const cleaned = cleanDraft(draft);
  if (original === undefined) {
    if (target === 'meta') return undefined;
    return { op: 'create', collection: target, record: cleaned };
  }
  const set: Draft = {};
  const unset: string[] = [];
  for (const key of new Set([...Object.keys(original), ...Object.keys(cleaned)])) {
    if (key === 'id') continue;
    if (cleaned[key] === undefined) {
      if (original[key] !== undefined) unset.push(key);
    } else if (!same(original[key], cleaned[key])) {
      set[key] = cleaned[key];
    }
  }
  if (Object.keys(set).length === 0 && unset.length === 0) return undefined;
  const fields = unset.length === 0 ? { set } : { set, unset };
  if (target === 'meta') return { op: 'updateMeta', ...fields };
  const id = original['id'];
  return { op: 'update', collection: target, id: typeof id === 'string' ? id : '', ...fields };
}

/**
 * The draft moved onto a newer version of its record (saved elsewhere meanwhile): the newer record with the
 * user's own edits (the fields that differ from the record the draft started from) laid over it, raw as typed.
 * `kept` says whether any of those edits is not in the newer record yet.
 */
export function rebaseDraft(target: CollectionName | 'meta', base: Draft, draft: Draft, latest: Draft): { draft: Draft; kept: boolean } {
  const change = changeFor(target, base, draft);
  const own = change === undefined || !('set' in change) ? [] : [...Object.keys(change.set), ...(change.unset ?? [])];
  const ownKeys = new Set(own);
  const rebased: Draft = Object.fromEntries([
    ...Object.entries(structuredClone(latest)).filter(([key]) => !ownKeys.has(key)),
    ...own.filter((key) => draft[key] !== undefined).map((key) => [key, draft[key]] as const),
  ]);
  return { draft: rebased, kept: changeFor(target, latest, rebased) !== undefined };
}
