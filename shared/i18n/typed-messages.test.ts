import { describe, expect, it } from 'vitest';
import { createTranslator, type PlainMessageKey } from './index.js';

/*
 * Compiled by `npm run typecheck` (tsconfig.node.json takes shared/**): every `@ts-expect-error` below must
 * meet an error, so a translator that stopped checking placeholders fails the typecheck.
 */
const t = createTranslator('nl');

describe('typed messages', () => {
  it('take exactly the placeholders of their key', () => {
    expect(t('ui.device.current', { name: 'Laptop BCM' })).toContain('Laptop BCM');
    expect(t('ui.nav.label')).not.toBe('ui.nav.label');
    // A missing placeholder does not compile.
    // @ts-expect-error name is missing
    expect(t('ui.device.current', {})).toContain('{name}');
    // Params missing altogether do not compile either.
    // @ts-expect-error params are required
    expect(t('ui.device.current')).toContain('{name}');
    // A misspelt placeholder does not compile.
    // @ts-expect-error naam is not a placeholder of this message
    expect(t('ui.device.current', { naam: 'Laptop BCM' })).toContain('{name}');
    // A key without placeholders takes no params.
    // @ts-expect-error this message has no placeholder
    expect(t('ui.nav.label', { extra: 1 })).not.toBe('');
    // A key that is not in the catalogs does not compile.
    // @ts-expect-error no such key
    expect(t('ui.no.such.key')).toBe('ui.no.such.key');
  });

  it('let a label map name only keys without placeholders', () => {
    const plain: PlainMessageKey = 'ui.nav.label';
    // @ts-expect-error this key needs params, so it cannot be a label
    const withParams: PlainMessageKey = 'ui.device.current';
    expect([plain, withParams]).toHaveLength(2);
  });
});
