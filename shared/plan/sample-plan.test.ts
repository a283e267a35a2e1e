import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectReferences } from './health/references.js';
import { migrateSigned } from './migrations/index.js';
import { actionPhases, collectionNames, type CollectionName, type PlanContent, planContentSchema } from './index.js';

/*
 * The sample plan is what the app opens on first start and what a new coordinator copies from, so it has to be
 * a complete, consistent plan: every reference resolves, the call tree reaches the crisis team, and the gaps it
 * shows are the few it means to show.
 */

const samplePath = new URL('../../resources/sample/voorbeeldstad.plan.json', import.meta.url);

function loadSample(): PlanContent {
  const raw: unknown = JSON.parse(readFileSync(samplePath, 'utf8'));
  return planContentSchema.parse(raw);
}

const plan = loadSample();
const today = '2026-11-29';
const oneYearAgo = '2025-11-29';

function idsOf(collection: CollectionName): Set<string> {
  return new Set(plan[collection].map((record) => record.id));
}

/** Lists every reference that does not resolve, as "where -> id", so a failure names the culprit. */
function danglingReferences(): string[] {
  return collectReferences(plan)
    .filter((reference) => !idsOf(reference.target).has(reference.id))
    .map((reference) => `${reference.recordId}.${reference.field} -> ${reference.id}`);
}

/** Everyone the alert reaches when every caller calls the people listed under them, from the roots down. */
function reachedByCallTree(): Set<string> {
  const calleesOf = new Map<string, string[]>();
  for (const entry of plan.callTree) {
    if (entry.callerPersonId === undefined) continue;
    const callees = calleesOf.get(entry.callerPersonId) ?? [];
    callees.push(entry.personId);
    calleesOf.set(entry.callerPersonId, callees);
  }
  const roots = plan.callTree.filter((entry) => entry.callerPersonId === undefined).map((entry) => entry.personId);
  const reached = new Set<string>(roots);
  const queue = [...roots];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const callee of calleesOf.get(next) ?? []) {
      if (reached.has(callee)) continue;
      reached.add(callee);
      queue.push(callee);
    }
  }
  return reached;
}

describe('the sample plan of Gemeente Voorbeeldstad', () => {
  it('is a valid plan for the plan schema', () => {
    const raw: unknown = JSON.parse(readFileSync(samplePath, 'utf8'));
    const result = planContentSchema.safeParse(raw);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has the document control a municipality needs', () => {
    const { meta } = plan;
    expect(meta.organisationName).toBe('Gemeente Voorbeeldstad');
    expect(meta.municipalityCode).toBe('GM9999');
    expect(meta.title).toBe('Bedrijfscontinuïteitsplan Gemeente Voorbeeldstad');
    expect(meta.classification).toBe('Vertrouwelijk: bevat persoonsgegevens');
    expect(meta.ownerPersonId).toBeDefined();
    expect(meta.approvedBy).toMatch(/college/i);
    expect(meta.approvedOn?.startsWith('2026-')).toBe(true);
    expect(meta.reviewDue?.startsWith('2027-')).toBe(true);
    expect(meta.validUntil?.startsWith('2027-')).toBe(true);
    expect(meta.purpose).toBeTruthy();
    expect(meta.scope).toBeTruthy();
    expect(meta.alertMessage).toBeTruthy();
    expect(meta.meetingCycle).toMatch(/BOBOC/);
    expect(meta.relatedPlans.length).toBeGreaterThanOrEqual(3);
    expect(meta.communication.length).toBeGreaterThanOrEqual(3);
    expect(meta.callingRules.length).toBeGreaterThanOrEqual(3);
    expect(meta.emergencyKit.length).toBeGreaterThanOrEqual(5);
    expect(meta.vitalRecords.length).toBeGreaterThanOrEqual(3);
    expect(meta.distribution.length).toBeGreaterThanOrEqual(5);
    expect(meta.changeHistory.length).toBeGreaterThanOrEqual(2);
  });

  it('holds at least the minimum number of records in each collection', () => {
    expect(plan.people.length).toBeGreaterThanOrEqual(60);
    expect(plan.roles.length).toBeGreaterThanOrEqual(12);
    expect(plan.organisations.length).toBeGreaterThanOrEqual(12);
    expect(plan.applications.length).toBeGreaterThanOrEqual(15);
    expect(plan.locations.length).toBeGreaterThanOrEqual(4);
    expect(plan.processes.length).toBeGreaterThanOrEqual(25);
    expect(plan.scenarios.length).toBeGreaterThanOrEqual(6);
    expect(plan.exercises.length).toBeGreaterThanOrEqual(2);
    expect(plan.callTree.length).toBeGreaterThan(0);
  });

  it('keeps ids unique within each collection', () => {
    for (const collection of collectionNames) {
      const ids = plan[collection].map((record) => record.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates, collection).toEqual([]);
    }
  });

  it('uses the readable id prefix of each collection', () => {
    const prefixes: Record<CollectionName, string> = {
      people: 'p-',
      roles: 'rol-',
      callTree: 'ct-',
      organisations: 'org-',
      applications: 'app-',
      locations: 'loc-',
      processes: 'proc-',
      scenarios: 'scen-',
      exercises: 'oef-',
      improvementActions: 'actie-',
      approvals: 'vast-',
    };
    for (const collection of collectionNames) {
      const wrong = plan[collection].map((record) => record.id).filter((id) => !id.startsWith(prefixes[collection]));
      expect(wrong, collection).toEqual([]);
    }
  });

  it('resolves every reference to a record that exists', () => {
    expect(danglingReferences()).toEqual([]);
  });

  it('fills nearly every crisis role with a deputy, and lets the leaders activate the plan', () => {
    const withoutPrimary = plan.roles.filter((role) => role.primaryPersonId === undefined).map((role) => role.id);
    expect(withoutPrimary).toEqual([]);
    const withoutDeputy = plan.roles.filter((role) => role.deputyPersonIds.length === 0);
    expect(withoutDeputy.length).toBeGreaterThanOrEqual(1);
    expect(withoutDeputy.length).toBeLessThanOrEqual(2);
    expect(plan.roles.every((role) => role.tasks.length > 0)).toBe(true);
    const activators = plan.roles.filter((role) => role.mayActivate).map((role) => role.id);
    expect(activators).toEqual(expect.arrayContaining(['rol-burgemeester', 'rol-gemeentesecretaris']));
  });

  it('has a call tree with one root that reaches every holder of a crisis role', () => {
    const roots = plan.callTree.filter((entry) => entry.callerPersonId === undefined);
    expect(roots).toHaveLength(1);
    const reached = reachedByCallTree();
    const unreachedPrimaries = plan.roles
      .map((role) => role.primaryPersonId)
      .filter((id): id is string => id !== undefined && !reached.has(id));
    expect(unreachedPrimaries).toEqual([]);
    const unreachedDeputies = plan.roles.flatMap((role) => role.deputyPersonIds).filter((id) => !reached.has(id));
    expect(unreachedDeputies).toEqual([]);
  });

  it('asks no caller to call more than four people, and names a backup caller for every call', () => {
    const calls = new Map<string, number>();
    for (const entry of plan.callTree) {
      if (entry.callerPersonId === undefined) continue;
      calls.set(entry.callerPersonId, (calls.get(entry.callerPersonId) ?? 0) + 1);
      expect(entry.backupCallerPersonId, entry.id).toBeDefined();
      expect(entry.backupCallerPersonId, entry.id).not.toBe(entry.callerPersonId);
    }
    const overloaded = [...calls].filter(([, count]) => count > 4);
    expect(overloaded).toEqual([]);
    const calledTwice = plan.callTree.map((entry) => entry.personId).filter((id, i, all) => all.indexOf(id) !== i);
    expect(calledTwice).toEqual([]);
  });

  it('shows both a private number with recorded consent and one without', () => {
    const privatePhones = plan.people.flatMap((person) => person.phones.filter((phone) => phone.private));
    expect(privatePhones.some((phone) => phone.consentRecordedOn !== undefined)).toBe(true);
    expect(privatePhones.some((phone) => phone.consentRecordedOn === undefined)).toBe(true);
    const consentMissing = privatePhones.filter((phone) => phone.consentRecordedOn === undefined);
    expect(consentMissing.length).toBeLessThanOrEqual(5);
  });

  it('has contact details verified within the last year for most people, and a handful older', () => {
    const stale = plan.people.filter((person) => (person.lastVerified ?? '0000-00-00') < oneYearAgo);
    expect(stale.length).toBeGreaterThanOrEqual(1);
    expect(stale.length).toBeLessThanOrEqual(8);
    expect(plan.people.every((person) => (person.lastVerified ?? '') <= today)).toBe(true);
    expect(plan.people.every((person) => person.phones.length >= 1)).toBe(true);
  });

  it('links external contacts to organisations and leaves one or two suppliers without a 24/7 line', () => {
    expect(plan.people.filter((person) => person.organisationId !== undefined).length).toBeGreaterThanOrEqual(12);
    const without24x7 = plan.organisations.filter((organisation) => organisation.line24x7 === undefined);
    expect(without24x7.length).toBeGreaterThanOrEqual(1);
    expect(without24x7.length).toBeLessThanOrEqual(2);
  });

  it('gives every application a supplier, recovery objectives and a manual fallback', () => {
    const incomplete = plan.applications
      .filter((app) => !app.supplierId || !app.rto || !app.rpo || !app.manualFallback)
      .map((app) => app.id);
    expect(incomplete).toEqual([]);
    expect(new Set(plan.applications.map((app) => app.hosting)).size).toBeGreaterThanOrEqual(3);
  });

  it('records the business impact analysis for every process, with the legal deadlines', () => {
    const incomplete = plan.processes
      .filter((process) => !process.ownerRoleId || !process.mtpd || !process.rto || !process.rpo || !process.mbco || !process.workaround)
      .map((process) => process.id);
    expect(incomplete).toEqual([]);
    const deadlineText = plan.processes.flatMap((process) => process.legalDeadlines.map((deadline) => deadline.description));
    for (const expected of [/geboorte/i, /36 uur/, /bezwaar/i, /4 weken/, /8 weken/, /maandelijks/i]) {
      expect(deadlineText.some((text) => expected.test(text)), String(expected)).toBe(true);
    }
    const registers = new Set(plan.processes.flatMap((process) => process.baseRegisters));
    expect([...registers]).toEqual(expect.arrayContaining(['BRP', 'BAG', 'BGT']));
  });

  it('covers every scenario of the domain with criteria, activating roles and ordered steps', () => {
    const required: Record<string, RegExp> = {
      'scen-uitval-ia-team': /I&A-team/,
      'scen-gemeentehuis-gesloten': /gemeentehuis gesloten/i,
      'scen-saas-leverancier': /SaaS-leverancier/,
      'scen-netwerkstoring': /netwerk/i,
      'scen-stroomstoring': /stroomstoring/i,
      'scen-cyberaanval': /ransomware/i,
      'scen-pandemie': /pandemie/i,
      'scen-uitval-brp': /BRP/,
    };
    for (const [id, name] of Object.entries(required)) {
      const scenario = plan.scenarios.find((candidate) => candidate.id === id);
      expect(scenario, id).toBeDefined();
      if (scenario === undefined) continue;
      expect(scenario.name).toMatch(name);
      expect(scenario.activationCriteria.length, id).toBeGreaterThan(0);
      expect(scenario.activatedByRoleIds.length, id).toBeGreaterThan(0);
      expect(scenario.steps.length, id).toBeGreaterThanOrEqual(5);
      expect(scenario.strategy, id).toBeTruthy();
      expect(scenario.recovery, id).toBeTruthy();
      expect(scenario.returnToNormal, id).toBeTruthy();
      expect(scenario.steps[0]?.phase, id).toBe('first-hour');
      const phases = scenario.steps.map((step) => actionPhases.indexOf(step.phase));
      expect(phases, id).toEqual([...phases].sort((a, b) => a - b));
      expect(scenario.steps.every((step) => step.ownerRoleId !== undefined && step.deadline !== undefined), id).toBe(true);
    }
  });

  it('takes away what each disruption scenario names', () => {
    const byId = new Map(plan.scenarios.map((scenario) => [scenario.id, scenario]));
    expect(byId.get('scen-gemeentehuis-gesloten')?.unavailableLocationIds).toContain('loc-gemeentehuis');
    expect(byId.get('scen-uitval-ia-team')?.unavailableRoleIds.length).toBeGreaterThan(0);
    expect(byId.get('scen-saas-leverancier')?.unavailableSupplierIds.length).toBeGreaterThan(0);
    expect(byId.get('scen-uitval-brp')?.unavailableApplicationIds).toContain('app-brp');
    expect(byId.get('scen-cyberaanval')?.unavailableApplicationIds.length).toBeGreaterThan(0);
  });

  it('records held exercises with findings and improvement actions', () => {
    for (const exercise of plan.exercises.filter((candidate) => candidate.status === 'held')) {
      expect(exercise.findings.length, exercise.id).toBeGreaterThan(0);
      const actions = plan.improvementActions.filter((action) => action.sourceExerciseId === exercise.id);
      expect(actions.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.date <= today, exercise.id).toBe(true);
    }
  });
});

describe('the sample plan in the stored format', () => {
  it('comes back the same through JSON and a second schema check', () => {
    const again = planContentSchema.parse(JSON.parse(JSON.stringify(plan)));
    expect(again).toEqual(plan);
  });

  it('gives everyone an address to write to, and keeps the role mailboxes apart and labelled', () => {
    expect(plan.people.filter((person) => person.emails.length === 0).map((person) => person.id)).toEqual([]);
    const roleMailboxes = plan.people.flatMap((person) => person.emails.filter((email) => email.kind === 'role'));
    expect(roleMailboxes.map((email) => email.address)).toContain('bcm@voorbeeldstad.example');
    expect(roleMailboxes.every((email) => email.label !== undefined)).toBe(true);
  });

  it('as format 1 held it (one address a person), migrates to the first address of each person', () => {
    const asFormat1 = {
      specVersion: 1,
      plan: {
        content: {
          ...plan,
          people: plan.people.map(({ emails, ...person }) => ({ ...person, ...(emails[0] === undefined ? {} : { email: emails[0].address }) })),
        },
        sync: {},
      },
    };
    const migrated = migrateSigned(asFormat1).signed as { plan: { content: unknown } };
    const content = planContentSchema.parse(migrated.plan.content);
    expect(content.people.map((person) => person.emails)).toEqual(plan.people.map((person) => person.emails.slice(0, 1).map((email) => ({ ...email, kind: 'work' }))));
  });
});
