import { describe, expect, it } from 'vitest';
import { healthEn } from '../../i18n/health.en.js';
import { healthNl } from '../../i18n/health.nl.js';
import { planWithEveryGap } from './test-support/broken-plan.js';
import { checkPlanHealth } from './check-plan-health.js';
import { healthCodeList, healthCodes } from './health-codes.js';
import { TEST_TODAY } from './test-support/test-plan.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

const catalogs = { nl: healthNl as Record<string, string>, en: healthEn as Record<string, string> };

describe('health messages', () => {
  it('has a message for every gap code in Dutch and English', () => {
    for (const code of healthCodeList) {
      for (const [language, catalog] of Object.entries(catalogs)) {
        expect(catalog[`health.${code}`], `${language} health.${code}`).toMatch(/\S/);
      }
    }
  });

  it('words every rule as the problem and its fix, in Dutch and English', () => {
    for (const code of healthCodeList) {
      for (const [language, catalog] of Object.entries(catalogs)) {
        expect(catalog[`health.rule.${code}`], `${language} health.rule.${code}`).toMatch(/\S/);
        expect(catalog[`health.fix.${code}`], `${language} health.fix.${code}`).toMatch(/\S/);
        expect(placeholders(catalog[`health.rule.${code}`] ?? '') + placeholders(catalog[`health.fix.${code}`] ?? '').join(''), code).toBe('');
      }
    }
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(healthEn).sort()).toEqual(Object.keys(healthNl).sort());
  });

  it('uses only placeholders the check declares, and the same ones in both languages', () => {
    for (const code of healthCodeList) {
      const nl = placeholders(healthNl[`health.${code}`]);
      const en = placeholders(healthEn[`health.${code}`]);
      expect(new Set(en), code).toEqual(new Set(nl));
      for (const name of nl) expect(healthCodes[code].params as readonly string[], code).toContain(name);
    }
  });

  it('fills every placeholder from the params of the gaps the checks really produce', () => {
    for (const gap of checkPlanHealth(planWithEveryGap(), TEST_TODAY)) {
      for (const catalog of Object.values(catalogs)) {
        for (const name of placeholders(catalog[`health.${gap.code}`] ?? '')) {
          expect(gap.params, `${gap.code} {${name}}`).toHaveProperty(name);
        }
      }
    }
  });
});
