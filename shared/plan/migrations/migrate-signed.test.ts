import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../errors.js';
import { SPEC_VERSION } from '../plan.js';
import { indexSteps, migrateSigned } from './migrate-signed.js';
import type { MigrationStep } from './migration-step.js';
import { registeredSteps } from './registry.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function deepFreeze<T>(value: T): T {
  if (isRecord(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function thrown(action: () => unknown): DraaiboekError {
  try {
    action();
  } catch (error) {
    if (error instanceof DraaiboekError) return error;
    throw error;
  }
  throw new Error('expected a DraaiboekError');
}

const applied: string[] = [];

/** Test-only: version 2 renamed `plan.title` to `plan.name`. */
const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  migrate(signed) {
    applied.push('1->2');
    if (!isRecord(signed) || !isRecord(signed['plan'])) throw new Error('not a plan');
    const plan = signed['plan'];
    plan['name'] = plan['title'];
    delete plan['title'];
    signed['specVersion'] = 2;
    return signed;
  },
};

/** Test-only: version 3 added `plan.tags`, and assumes the rename of version 2 happened first. */
const v2ToV3: MigrationStep = {
  from: 2,
  to: 3,
  migrate(signed) {
    applied.push('2->3');
    if (!isRecord(signed) || !isRecord(signed['plan']) || !('name' in signed['plan'])) throw new Error('not v2');
    return { ...signed, specVersion: 3, plan: { ...signed['plan'], tags: [] } };
  },
};

function v1File() {
  return { _type: 'draaiboek.plan', specVersion: 1, revision: 7, plan: { title: 'BCP Voorbeeldstad' } };
}

describe('migrateSigned', () => {
  it('passes a file of the current version through as it is', () => {
    const file = { ...v1File(), specVersion: SPEC_VERSION };
    const outcome = migrateSigned(file);
    expect(outcome).toEqual({ signed: file, from: SPEC_VERSION, to: SPEC_VERSION });
    expect(outcome.signed).toBe(file);
  });

  it('refuses a file from a newer Draaiboek, naming both versions and asking for an update', () => {
    const error = thrown(() => migrateSigned({ ...v1File(), specVersion: SPEC_VERSION + 1 }));
    expect(error.code).toBe('SPEC_TOO_NEW');
    expect(error.message).toContain(`version ${SPEC_VERSION + 1}`);
    expect(error.message).toContain(`up to ${SPEC_VERSION}`);
    expect(error.message).toMatch(/update draaiboek/i);
    expect(error.params).toEqual({ found: SPEC_VERSION + 1, supported: SPEC_VERSION });
  });

  it.each([
    ['no specVersion', { _type: 'draaiboek.plan' }],
    ['a string', { specVersion: '1' }],
    ['a fraction', { specVersion: 1.5 }],
    ['zero', { specVersion: 0 }],
    ['not an object', 'specVersion: 1'],
    ['an array', [1]],
    ['null', null],
  ])('refuses a file whose version is %s', (_label, file) => {
    expect(thrown(() => migrateSigned(file)).code).toBe('SPEC_UNKNOWN');
  });

  it('applies the steps in version order, whatever order they are listed in', () => {
    applied.length = 0;
    const outcome = migrateSigned(v1File(), [v2ToV3, v1ToV2], 3);
    expect(applied).toEqual(['1->2', '2->3']);
    expect(outcome).toEqual({
      signed: { _type: 'draaiboek.plan', specVersion: 3, revision: 7, plan: { name: 'BCP Voorbeeldstad', tags: [] } },
      from: 1,
      to: 3,
    });
  });

  it('starts from the version the file is at', () => {
    applied.length = 0;
    const v2 = { specVersion: 2, plan: { name: 'BCP' } };
    expect(migrateSigned(v2, [v1ToV2, v2ToV3], 3)).toMatchObject({ from: 2, to: 3, signed: { specVersion: 3 } });
    expect(applied).toEqual(['2->3']);
  });

  it('never changes its input, even when a step changes what it is given', () => {
    const file = deepFreeze(v1File());
    const before = JSON.stringify(file);
    const outcome = migrateSigned(file, [v1ToV2, v2ToV3], 3);
    expect(JSON.stringify(file)).toBe(before);
    expect(outcome.signed).not.toBe(file);
  });

  it('refuses a file older than any step can upgrade', () => {
    const v1ToV2Missing = [v2ToV3];
    expect(thrown(() => migrateSigned(v1File(), v1ToV2Missing, 3)).code).toBe('SPEC_UNKNOWN');
  });

  it('refuses a registry with a gap in its chain', () => {
    const v3ToV4: MigrationStep = { from: 3, to: 4, migrate: (signed) => signed };
    const error = thrown(() => migrateSigned(v1File(), [v1ToV2, v3ToV4], 4));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('from version 2 to 3');
  });

  it('refuses a registry whose chain stops short of the current version', () => {
    expect(thrown(() => migrateSigned(v1File(), [v1ToV2], 3)).code).toBe('INTERNAL');
  });

  it('refuses a step that skips a version, and two steps from the same version', () => {
    const skipping: MigrationStep = { from: 1, to: 3, migrate: (signed) => signed };
    expect(thrown(() => migrateSigned(v1File(), [skipping], 3)).code).toBe('INTERNAL');
    expect(thrown(() => migrateSigned(v1File(), [v1ToV2, v1ToV2, v2ToV3], 3)).code).toBe('INTERNAL');
  });

  it('refuses a step that does not set the version it promises', () => {
    const forgetful: MigrationStep = { from: 1, to: 2, migrate: (signed) => signed };
    const error = thrown(() => migrateSigned(v1File(), [forgetful], 2));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('1 -> 2');
  });
});

describe('the registered steps', () => {
  it('form an unbroken chain up to the current format version', () => {
    expect(() => indexSteps(registeredSteps, SPEC_VERSION)).not.toThrow();
  });
});
