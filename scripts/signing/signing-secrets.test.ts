import { describe, expect, it } from 'vitest';
import { secretsOrSkip } from './signing-secrets.mjs';

describe('signing secrets', () => {
  it('skips with one line naming what is missing', () => {
    const lines: string[] = [];
    expect(secretsOrSkip({ A: 'x', B: '' }, 'Windows code signing', ['A', 'B', 'C'], (line) => lines.push(line))).toBeUndefined();
    expect(lines).toEqual(['  • Windows code signing skipped: B, C not set']);
  });

  it('hands the secrets over when all are set, and says nothing', () => {
    const lines: string[] = [];
    expect(secretsOrSkip({ A: 'x', B: 'y' }, 'macOS notarization', ['A', 'B'], (line) => lines.push(line))).toEqual({ A: 'x', B: 'y' });
    expect(lines).toEqual([]);
  });
});
