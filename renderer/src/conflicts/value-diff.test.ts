import { describe, expect, it } from 'vitest';
import { diffLists, diffText } from './value-diff.js';

describe('diffText', () => {
  it('marks only the words that differ, on each side', () => {
    const { current, other } = diffText('Bel de piket van ICT', 'Bel eerst de piket van I&A');
    expect(current).toEqual([
      { text: 'Bel de piket van ', changed: false },
      { text: 'ICT', changed: true },
    ]);
    expect(other).toEqual([
      { text: 'Bel ', changed: false },
      { text: 'eerst', changed: true },
      { text: ' de piket van ', changed: false },
      { text: 'I&A', changed: true },
    ]);
  });

  it('marks nothing when both texts are the same and everything when nothing is shared', () => {
    expect(diffText('Teamleider', 'Teamleider').current).toEqual([{ text: 'Teamleider', changed: false }]);
    expect(diffText('Teamleider', 'Coördinator')).toEqual({
      current: [{ text: 'Teamleider', changed: true }],
      other: [{ text: 'Coördinator', changed: true }],
    });
  });

  it('keeps the text whole, so joining the segments gives it back', () => {
    const text = '  twee  spaties\nen een regel ';
    expect(diffText(text, 'een regel').current.map((segment) => segment.text).join('')).toBe(text);
  });
});

describe('diffLists', () => {
  it('marks the items only one side has, whatever their key order', () => {
    const shared = { number: '+31612345678', kind: 'mobile' };
    const { current, other } = diffLists(
      [shared, { number: '+31201234567', kind: 'work' }],
      [{ kind: 'mobile', number: '+31612345678' }, { number: '+31612345679', kind: 'home' }],
    );
    expect(current.map((entry) => entry.onlyHere)).toEqual([false, true]);
    expect(other.map((entry) => entry.onlyHere)).toEqual([false, true]);
  });
});
