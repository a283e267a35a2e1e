import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { testBuildMarkerIn, testBuildRequested } from './test-build-marker.js';

describe('the test-only build marker', () => {
  it('is asked for only with DRAAIBOEK_TEST_BUILD=1', () => {
    expect(testBuildRequested({ DRAAIBOEK_TEST_BUILD: '1' })).toBe(true);
    expect(testBuildRequested({})).toBe(false);
    expect(testBuildRequested({ DRAAIBOEK_TEST_BUILD: '' })).toBe(false);
    expect(testBuildRequested({ DRAAIBOEK_TEST_BUILD: 'true' })).toBe(false);
  });

  it('reads the compiled value from the call that takes app.isPackaged first', () => {
    const shipping = 'import { app } from "electron";\nvar locks = shellLocks(app.isPackaged, false);';
    const testOnly = 'import { app } from "electron";\nvar locks = shellLocks(app.isPackaged, true);';
    expect(testBuildMarkerIn(shipping, parseAst)).toBe(false);
    expect(testBuildMarkerIn(testOnly, parseAst)).toBe(true);
  });

  it('is unknown when the call is missing, not a literal, or given twice with different values', () => {
    expect(testBuildMarkerIn('var locks = shellLocks(true, false);', parseAst)).toBeUndefined();
    expect(testBuildMarkerIn('var locks = shellLocks(app.isPackaged, marker);', parseAst)).toBeUndefined();
    expect(testBuildMarkerIn('f(app.isPackaged, false); g(app.isPackaged, true);', parseAst)).toBeUndefined();
  });
});
