import { describe, expect, it } from 'vitest';
import { fieldChange } from './field-change.js';

describe('a changed field as a reader sees it', () => {
  it('shows of a list only the entry that went and the one that came', () => {
    const kept = { number: '+31555801003', kind: 'work' };
    const before = [{ number: '+31640001003', kind: 'mobile' }, kept];
    const after = [{ kind: 'mobile', number: '+31612345678' }, kept];
    expect(fieldChange(before, after)).toEqual({ kind: 'list', removed: [before[0]], added: [after[0]] });
  });

  it('counts a repeated entry once per occurrence', () => {
    expect(fieldChange(['a', 'a', 'b'], ['a', 'b'])).toEqual({ kind: 'list', removed: ['a'], added: [] });
  });

  it('shows a reordered list, and any other value, before and after', () => {
    expect(fieldChange(['a', 'b'], ['b', 'a'])).toEqual({ kind: 'value', before: ['a', 'b'], after: ['b', 'a'] });
    expect(fieldChange('2026-01-01', undefined)).toEqual({ kind: 'value', before: '2026-01-01', after: undefined });
  });
});
