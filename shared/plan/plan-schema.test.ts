import { describe, expect, it } from 'vitest';
import { idSchema } from './primitives.js';
import { conflictSchema, syncStateSchema } from './plan.js';

const stamp = '001764400000000-0000-0123456789abcdef';

describe('the plan schema keeps prototype names out of every key', () => {
  it('refuses ids that are prototype names, and accepts slugs and UUIDs', () => {
    expect(idSchema.safeParse('constructor').success).toBe(false);
    expect(idSchema.safeParse('prototype').success).toBe(false);
    expect(idSchema.safeParse('__proto__').success).toBe(false);
    expect(idSchema.safeParse('p-henk-verbeek').success).toBe(true);
    expect(idSchema.safeParse('constructor-2').success).toBe(true);
    expect(idSchema.safeParse('3f2b8c1e-9d4a-4c6b-8e2f-1a2b3c4d5e6f').success).toBe(true);
  });

  it('accepts stamps only for fields a record of that collection has', () => {
    expect(syncStateSchema.safeParse({ stamps: { people: { 'p-a': { name: stamp, phones: stamp } } } }).success).toBe(true);
    expect(syncStateSchema.safeParse({ stamps: { people: { 'p-a': { toString: stamp } } } }).success).toBe(false);
    expect(syncStateSchema.safeParse({ stamps: { people: { 'p-a': { title: stamp } } } }).success).toBe(false);
    expect(syncStateSchema.safeParse({ stamps: { meta: { plan: { title: stamp } } } }).success).toBe(true);
    expect(syncStateSchema.safeParse({ stamps: { people: { constructor: { name: stamp } } } }).success).toBe(false);
  });

  it('accepts conflicts only about fields a record of that collection has', () => {
    const conflict = { collection: 'people', recordId: 'p-a', field: 'email', value: 'a@b.example', stamp };
    expect(conflictSchema.safeParse(conflict).success).toBe(true);
    expect(conflictSchema.safeParse({ ...conflict, field: 'toString' }).success).toBe(false);
    expect(conflictSchema.safeParse({ ...conflict, field: 'valueOf' }).success).toBe(false);
  });
});
