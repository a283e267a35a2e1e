import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraaiboekError } from '../../errors.js';
import { planContentSchema, type PlanContent } from '../plan.js';
import { analyseImpact, prepareImpactAnalysis } from './analyse-impact.js';
import { impactOfScenario, unavailableInScenario } from './impact-of-scenario.js';
import type { Unavailable } from './impact-types.js';

const DAY = 24 * 60;

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

function voorbeeldstad(): PlanContent {
  return planContentSchema.parse({
    meta: { organisationName: 'Gemeente Voorbeeldstad', title: 'BCP', classification: 'Vertrouwelijk' },
    roles: [{ id: 'rol-ambtenaar-bs', name: 'Ambtenaar burgerlijke stand' }],
    organisations: [
      { id: 'org-centric', name: 'Centric', kind: 'saas' },
      { id: 'org-decos', name: 'Decos', kind: 'saas' },
      { id: 'org-drukker', name: 'Drukkerij Van Dam', kind: 'supplier' },
    ],
    applications: [
      { id: 'app-brp', name: 'BRP', hosting: 'saas', supplierId: 'org-centric', manualFallback: 'Papieren aktes' },
      { id: 'app-burgerzaken', name: 'Burgerzaken-suite', hosting: 'saas', supplierId: 'org-centric' },
      { id: 'app-zaaksysteem', name: 'Zaaksysteem', hosting: 'saas', supplierId: 'org-decos' },
      { id: 'app-financien', name: 'Financieel systeem', hosting: 'on-premise' },
    ],
    locations: [{ id: 'loc-stadhuis', name: 'Stadhuis', kind: 'town-hall' }],
    processes: [
      {
        id: 'proc-geboorte',
        name: 'Aangifte geboorte',
        criticality: 'critical',
        mtpd: { value: 5, unit: 'days' },
        rto: { value: 1, unit: 'days' },
        mbco: 'Aangiftes opnemen, aktes later opmaken',
        workaround: 'Aangifte op papier opnemen',
        legalDeadlines: [{ description: 'Aangifte binnen 3 dagen', term: { value: 3, unit: 'days' }, source: 'BW 1:19e' }],
        applicationIds: ['app-brp'],
        roleIds: ['rol-ambtenaar-bs'],
        locationIds: ['loc-stadhuis'],
      },
      {
        id: 'proc-overlijden',
        name: 'Aangifte overlijden en verlof tot begraven',
        criticality: 'critical',
        mtpd: { value: 1, unit: 'days' },
        legalDeadlines: [{ description: 'Begraven of cremeren na 36 uur', term: { value: 36, unit: 'hours' } }],
        applicationIds: ['app-brp', 'app-zaaksysteem'],
      },
      {
        id: 'proc-bezwaar',
        name: 'Bezwaarschriften',
        criticality: 'medium',
        legalDeadlines: [{ description: 'Beslissen binnen 6 weken', term: { value: 6, unit: 'weeks' }, source: 'Awb 7:10' }],
        applicationIds: ['app-zaaksysteem'],
      },
      {
        id: 'proc-woo',
        name: 'Woo-verzoeken',
        criticality: 'low',
        legalDeadlines: [{ description: 'Besluit binnen 4 weken', term: { value: 4, unit: 'weeks' } }],
        applicationIds: ['app-zaaksysteem'],
        locationIds: ['loc-stadhuis'],
      },
      {
        id: 'proc-uitkeringen',
        name: 'Uitkeringen betalen',
        criticality: 'high',
        legalDeadlines: [{ description: 'Maandelijks betalen' }],
        applicationIds: ['app-financien'],
        supplierIds: ['org-drukker'],
      },
      {
        id: 'proc-paspoort',
        name: 'Paspoorten uitreiken',
        criticality: 'high',
        applicationIds: ['app-burgerzaken'],
      },
    ],
    scenarios: [
      {
        id: 'scen-centric',
        name: 'SaaS-leverancier Centric valt uit',
        unavailableSupplierIds: ['org-centric'],
      },
      { id: 'scen-stadhuis', name: 'Gemeentehuis gesloten', unavailableLocationIds: ['loc-stadhuis'] },
    ],
  });
}

describe('analyseImpact', () => {
  it('with the BRP down, hits the birth registration, due within 3 days', () => {
    const result = analyseImpact(voorbeeldstad(), { applicationIds: ['app-brp'] });
    expect(result.processes.map((process) => process.name)).toEqual([
      'Aangifte overlijden en verlof tot begraven',
      'Aangifte geboorte',
    ]);
    const birth = at(result.processes, 1);
    expect(birth).toEqual({
      id: 'proc-geboorte',
      name: 'Aangifte geboorte',
      criticality: 'critical',
      reasons: [{ kind: 'application', id: 'app-brp', name: 'BRP' }],
      mtpd: { value: 5, unit: 'days' },
      rto: { value: 1, unit: 'days' },
      legalDeadlines: [{ description: 'Aangifte binnen 3 dagen', term: { value: 3, unit: 'days' }, source: 'BW 1:19e' }],
      workaround: 'Aangifte op papier opnemen',
      mbco: 'Aangiftes opnemen, aktes later opmaken',
      dueInMinutes: 3 * DAY,
    });
    expect(at(result.processes, 0).dueInMinutes).toBe(DAY);
    expect(result.unavailableApplications).toEqual([
      expect.objectContaining({ id: 'app-brp', named: true, manualFallback: 'Papieren aktes' }),
    ]);
  });

  it('takes down the applications of a SaaS supplier that is down, and says so in the reasons', () => {
    const result = analyseImpact(voorbeeldstad(), { supplierIds: ['org-centric'] });
    expect(result.unavailableApplications.map((application) => [application.name, application.named, application.supplierName])).toEqual([
      ['BRP', false, 'Centric'],
      ['Burgerzaken-suite', false, 'Centric'],
    ]);
    const birth = result.processes.find((process) => process.id === 'proc-geboorte');
    expect(birth?.reasons).toEqual([
      { kind: 'supplier', id: 'org-centric', name: 'Centric', viaApplicationId: 'app-brp', viaApplicationName: 'BRP' },
    ]);
    expect(result.processes.map((process) => process.id)).toEqual(['proc-overlijden', 'proc-geboorte', 'proc-paspoort']);
  });

  it('hits a process through a supplier, location or role it depends on directly', () => {
    const content = voorbeeldstad();
    expect(analyseImpact(content, { supplierIds: ['org-drukker'] }).processes.map((p) => p.reasons)).toEqual([
      [{ kind: 'supplier', id: 'org-drukker', name: 'Drukkerij Van Dam' }],
    ]);
    expect(analyseImpact(content, { locationIds: ['loc-stadhuis'] }).processes.map((p) => p.id)).toEqual([
      'proc-geboorte',
      'proc-woo',
    ]);
    expect(analyseImpact(content, { roleIds: ['rol-ambtenaar-bs'] }).processes.map((p) => p.reasons)).toEqual([
      [{ kind: 'role', id: 'rol-ambtenaar-bs', name: 'Ambtenaar burgerlijke stand' }],
    ]);
  });

  it('lists every reason when several things a process needs are down', () => {
    const result = analyseImpact(voorbeeldstad(), { applicationIds: ['app-brp'], locationIds: ['loc-stadhuis'] });
    expect(result.processes.find((process) => process.id === 'proc-geboorte')?.reasons.map((reason) => reason.kind)).toEqual([
      'application',
      'location',
    ]);
  });

  it('orders by what is due first, processes without a term last, then criticality, then name', () => {
    const result = analyseImpact(voorbeeldstad(), {
      applicationIds: ['app-zaaksysteem', 'app-financien', 'app-burgerzaken'],
    });
    expect(result.processes.map((process) => [process.id, process.dueInMinutes])).toEqual([
      ['proc-overlijden', DAY],
      ['proc-woo', 4 * 7 * DAY],
      ['proc-bezwaar', 6 * 7 * DAY],
      ['proc-paspoort', undefined],
      ['proc-uitkeringen', undefined],
    ]);
  });

  it('puts the more critical process first when two are due at the same time', () => {
    const content = voorbeeldstad();
    content.processes.push({
      ...at(content.processes.filter((process) => process.id === 'proc-overlijden'), 0),
      id: 'proc-afval',
      name: 'Afvalinzameling',
      criticality: 'high',
    });
    const result = analyseImpact(content, { applicationIds: ['app-zaaksysteem'] });
    expect(result.processes.slice(0, 2).map((process) => process.id)).toEqual(['proc-overlijden', 'proc-afval']);
  });

  it('hits nothing when nothing is down', () => {
    expect(analyseImpact(voorbeeldstad(), {})).toEqual({ processes: [], unavailableApplications: [] });
  });

  it('names an unavailable id that the plan does not know by its id', () => {
    const result = analyseImpact(voorbeeldstad(), { applicationIds: ['app-onbekend'] });
    expect(result.unavailableApplications).toEqual([expect.objectContaining({ id: 'app-onbekend', name: 'app-onbekend' })]);
    expect(result.processes).toEqual([]);
  });
});

describe('impactOfScenario', () => {
  it("uses what the scenario takes away", () => {
    const content = voorbeeldstad();
    expect(impactOfScenario(content, 'scen-centric')).toEqual(analyseImpact(content, { supplierIds: ['org-centric'] }));
    expect(impactOfScenario(content, 'scen-stadhuis').processes.map((process) => process.id)).toEqual([
      'proc-geboorte',
      'proc-woo',
    ]);
  });

  it('refuses a scenario that is not in the plan', () => {
    expect(() => impactOfScenario(voorbeeldstad(), 'scen-weg')).toThrow(DraaiboekError);
    try {
      impactOfScenario(voorbeeldstad(), 'scen-weg');
    } catch (error) {
      expect(error).toMatchObject({ code: 'RECORD_NOT_FOUND', params: { collection: 'scenarios', id: 'scen-weg' } });
    }
  });
});

describe('a prepared analysis, asked only which processes are hit', () => {
  const sample = (() => {
    const raw: unknown = JSON.parse(readFileSync(new URL('../../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8'));
    return planContentSchema.parse(raw);
  })();
  const hitByAnalysis = (content: PlanContent, unavailable: Unavailable) => new Set(analyseImpact(content, unavailable).processes.map((process) => process.id));

  it('names exactly the processes the full analysis lists, for every scenario of the sample plan', () => {
    const analysis = prepareImpactAnalysis(sample);
    expect(sample.scenarios.length).toBeGreaterThan(3);
    for (const scenario of sample.scenarios) {
      expect(analysis.processIdsHit(unavailableInScenario(scenario))).toEqual(hitByAnalysis(sample, unavailableInScenario(scenario)));
    }
  });

  it('agrees with the full analysis on any mix of what is down, ids unknown to the plan included', () => {
    const ids = (records: readonly { id: string }[]) => fc.subarray([...records.map((record) => record.id), 'unknown-id']);
    const analysis = prepareImpactAnalysis(sample);
    fc.assert(
      fc.property(
        fc.record({
          applicationIds: ids(sample.applications),
          supplierIds: ids(sample.organisations),
          locationIds: ids(sample.locations),
          roleIds: ids(sample.roles),
        }),
        (unavailable) => {
          expect(analysis.processIdsHit(unavailable)).toEqual(hitByAnalysis(sample, unavailable));
        },
      ),
      { numRuns: 300 },
    );
  });
});
