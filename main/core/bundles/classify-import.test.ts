import { describe, expect, it } from 'vitest';
import { compareVersionVectors } from './classify-import.js';

const laptopA = 'aaaaaaaaaaaaaaaa';
const laptopB = 'bbbbbbbbbbbbbbbb';
const stamp = (ms: number, node: string): string => `${String(ms).padStart(15, '0')}-0000-${node}`;

describe('what "older" means for two laptops', () => {
  it('a copy that knows an edit we have not seen is new, whatever its revision number', () => {
    const ours = { [laptopA]: stamp(2_000, laptopA) };
    const theirs = { [laptopA]: stamp(1_000, laptopA), [laptopB]: stamp(1_500, laptopB) };
    expect(compareVersionVectors(theirs, ours)).toBe('incoming-new');
  });

  it('a copy whose every edit we have seen, and we have more, is older', () => {
    const ours = { [laptopA]: stamp(2_000, laptopA), [laptopB]: stamp(1_500, laptopB) };
    expect(compareVersionVectors({ [laptopA]: stamp(1_000, laptopA) }, ours)).toBe('incoming-behind');
    expect(compareVersionVectors({ [laptopA]: stamp(2_000, laptopA) }, ours)).toBe('incoming-behind');
  });

  it('copies that know the same edits are the same', () => {
    const vector = { [laptopA]: stamp(2_000, laptopA), [laptopB]: stamp(1_500, laptopB) };
    expect(compareVersionVectors({ ...vector }, vector)).toBe('equal');
  });

  it('concurrent copies are new to each other', () => {
    const ours = { [laptopA]: stamp(2_000, laptopA), [laptopB]: stamp(1_000, laptopB) };
    const theirs = { [laptopA]: stamp(1_000, laptopA), [laptopB]: stamp(2_000, laptopB) };
    expect(compareVersionVectors(theirs, ours)).toBe('incoming-new');
    expect(compareVersionVectors(ours, theirs)).toBe('incoming-new');
  });
});
