import { describe, expect, it } from 'vitest';
import { firstUnsafePlanCharacter, hasUnsafeDisplayText, planSafeText, printableText, visibleText } from './text-safety.js';

describe('text from a file, shown on a terminal or a screen', () => {
  it('shows controls as visible symbols and bidi overrides as escapes, keeping every other character', () => {
    expect(visibleText('a\nb\r\tc\u001b[2J\u007f')).toBe('a␊b␍␉c␛[2J␡');
    expect(visibleText('Laptop \u202Eevil\u2066x\u2069\u009b')).toBe('Laptop <U+202E>evil<U+2066>x<U+2069><U+009B>');
    expect(visibleText('Gemeente Voorbeeldstad 🚨 שלום coördinator')).toBe('Gemeente Voorbeeldstad 🚨 שלום coördinator');
    expect(visibleText('a\uD83Db')).toBe('a\uFFFDb');
  });

  it('tells which text would need escaping', () => {
    expect(hasUnsafeDisplayText('Laptop BCM-coördinator')).toBe(false);
    for (const unsafe of ['a\nb', 'a\u0000', '\u202E', '\u2068', '\u0085', '\u2028', 'a\uDC00']) expect(hasUnsafeDisplayText(unsafe)).toBe(true);
  });

  it('keeps line breaks in documents, where they are part of the text', () => {
    expect(printableText('a\u0000b\u0007c\u001Fd\tx\ny\uFFFE')).toBe('abcd\tx\ny');
  });
});

describe('text the plan holds', () => {
  it('refuses controls, noncharacters and bidi overrides, and line breaks in one-line text only', () => {
    for (const unsafe of ['\u0000', '\u001b', '\u000b', '\uFFFE', '\u202A', '\u202E', '\u2066', '\u2069', '\u0085', '\u007f']) {
      expect(firstUnsafePlanCharacter(`a${unsafe}b`, true)).toBe(unsafe);
    }
    expect(firstUnsafePlanCharacter('regel 1\nregel 2\tkolom', true)).toBeUndefined();
    expect(firstUnsafePlanCharacter('regel 1\nregel 2', false)).toBe('\n');
    expect(firstUnsafePlanCharacter('Gemeente Voorbeeldstad 🚨 שלום coördinator', false)).toBeUndefined();
  });

  it('strips what it refuses, and turns line breaks in one-line text into spaces', () => {
    expect(planSafeText('Jan\u202E Jansen\u0000\u001b[2J', false)).toBe('Jan Jansen[2J');
    expect(planSafeText('a\r\nb\tc', false)).toBe('a b c');
    expect(planSafeText('a\nb\u2066', true)).toBe('a\nb');
  });
});
