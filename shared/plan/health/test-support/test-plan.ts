import { planContentSchema, type PlanContent } from '../../plan.js';

/** The day the health tests are run "on". */
export const TEST_TODAY = '2026-11-29';

/**
 * A tiny plan with no gaps at all as of TEST_TODAY, for tests to break one thing in. Each call returns a fresh
 * object, so a test may change it in place.
 */
export function healthyPlan(): PlanContent {
  return planContentSchema.parse({
    meta: {
      organisationName: 'Gemeente Voorbeeldstad',
      title: 'Bedrijfscontinuïteitsplan',
      classification: 'Vertrouwelijk: bevat persoonsgegevens',
      reviewDue: '2027-06-01',
      validUntil: '2027-12-31',
      approvedBy: 'College van B&W',
      approvedOn: '2026-06-02',
    },
    people: [
      {
        id: 'p-burgemeester',
        name: 'Anna de Vries',
        lastVerified: '2026-10-01',
        phones: [{ number: '+31612345678', kind: 'mobile' }],
      },
      {
        id: 'p-secretaris',
        name: 'Bram Jansen',
        lastVerified: '2026-09-15',
        phones: [{ number: '+31687654321', kind: 'home', private: true, consentRecordedOn: '2026-01-10' }],
      },
    ],
    roles: [
      {
        id: 'rol-voorzitter',
        name: 'Voorzitter GBT',
        primaryPersonId: 'p-burgemeester',
        deputyPersonIds: ['p-secretaris'],
      },
    ],
    callTree: [
      { id: 'bel-1', personId: 'p-burgemeester' },
      { id: 'bel-2', personId: 'p-secretaris', callerPersonId: 'p-burgemeester' },
    ],
    organisations: [{ id: 'org-centric', name: 'Centric', kind: 'saas', line24x7: '+31881234567' }],
    applications: [
      {
        id: 'app-brp',
        name: 'BRP-applicatie',
        hosting: 'saas',
        supplierId: 'org-centric',
        rto: { value: 4, unit: 'hours' },
      },
    ],
    locations: [{ id: 'loc-stadhuis', name: 'Stadhuis', kind: 'town-hall' }],
    processes: [
      {
        id: 'proc-geboorte',
        name: 'Aangifte geboorte',
        criticality: 'critical',
        mtpd: { value: 3, unit: 'days' },
        rto: { value: 1, unit: 'days' },
        workaround: 'Aangifte op papier opnemen en later invoeren.',
        applicationIds: ['app-brp'],
        roleIds: ['rol-voorzitter'],
        locationIds: ['loc-stadhuis'],
      },
    ],
    scenarios: [
      {
        id: 'scen-saas',
        name: 'SaaS-leverancier valt uit',
        activationCriteria: ['BRP langer dan 4 uur onbereikbaar'],
        steps: [{ text: 'Leverancier bellen op de 24/7-lijn', ownerRoleId: 'rol-voorzitter' }],
        unavailableSupplierIds: ['org-centric'],
      },
    ],
    exercises: [
      // The scenario takes the BRP application down, and so the critical process: practising it covers both.
      { id: 'oef-saas', title: 'Tabletop uitval SaaS', date: '2026-05-12', kind: 'tabletop', status: 'held', scenarioIds: ['scen-saas'] },
    ],
    improvementActions: [{ id: 'actie-1', text: 'Tweede 24/7-nummer vastleggen', dueDate: '2027-01-31', sourceExerciseId: 'oef-saas' }],
  });
}

/** The item at `index`, for tests that know it is there; fails loudly when it is not. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}
