import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planContentSchema } from '../plan/plan.js';
import { crisisCardOf, impactWithin } from './crisis-card.js';
import { formatCrisisClock } from './crisis-clock.js';
import { handoverSummaryOf } from './crisis-handover.js';
import { foldCrisis } from './fold-crisis.js';
import { CRISIS_ID, createTestDevice } from './test-support/crisis-event-kit.js';

const plan = planContentSchema.parse(JSON.parse(readFileSync(new URL('../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')));

const T0 = Date.parse('2026-12-03T08:00:00.000Z');
const minutes = (n: number): number => T0 + n * 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();

function started(scenarioIds = ['scen-gemeentehuis-gesloten', 'scen-netwerkstoring']) {
  const device = createTestDevice(1);
  const events = [
    device.write(minutes(1), {
      kind: 'activated',
      data: { scenarioIds, at: iso(T0), by: 'Marieke van Dalen', exercise: true },
    }),
  ];
  return { device, events };
}

describe('the crisis card', () => {
  it('names who leads, whom to call first (the owner of the first step due among them), the fallback site and the open first-hour steps', () => {
    const { events } = started();
    const card = crisisCardOf(plan, foldCrisis(plan, CRISIS_ID, events, iso(minutes(5))));
    expect(card.exercise).toBe(true);
    expect(card.leads.map((role) => role.roleId)).toEqual(['rol-burgemeester', 'rol-gemeentesecretaris', 'rol-ia-manager']);
    // After the leading roles come the step owners, first due first: the AOV'er and I&A technical both have a 30-minute step.
    expect(card.callFirst.slice(3, 5).map((role) => role.roleId).sort()).toEqual(['rol-aov', 'rol-ia-technisch']);
    expect(card.fallbackSites.map((site) => site.id)).toEqual(['loc-de-schakel']);
    expect(card.fallbackSites[0]?.access).toMatch(/Sleutel/);
    expect(card.openFirstHour.every((item) => item.phase === 'first-hour' && item.state === 'open')).toBe(true);
    expect(card.openFirstHour.length).toBeGreaterThan(4);
    expect(card.strategies.map((entry) => entry.scenarioName)).toHaveLength(2);
  });

  it('gives the first process deadlines as clock times counted from activation, first due first', () => {
    const { events } = started();
    const card = crisisCardOf(plan, foldCrisis(plan, CRISIS_ID, events, iso(minutes(5))), { deadlines: 4 });
    expect(card.deadlines.length).toBeGreaterThan(0);
    expect(card.deadlines.length).toBeLessThanOrEqual(4);
    for (const deadline of card.deadlines) expect(Date.parse(deadline.dueAt)).toBe(T0 + deadline.dueInMinutes * 60_000);
    const due = card.deadlines.map((deadline) => deadline.dueInMinutes);
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it('shows the deputy standing in when the primary is marked unavailable, and strikes the primary', () => {
    const { device, events } = started();
    events.push(device.write(minutes(2), { kind: 'availability', data: { state: 'unavailable', personId: 'p-jeroen-mulder', from: iso(minutes(2)), reason: 'ill' } }));
    const card = crisisCardOf(plan, foldCrisis(plan, CRISIS_ID, events, iso(minutes(5))));
    const aov = card.callFirst.find((role) => role.roleId === 'rol-aov');
    expect(aov?.people.find((person) => person.personId === 'p-jeroen-mulder')).toMatchObject({ availableNow: false, standsIn: false, unavailable: { reason: 'ill' } });
    expect(aov?.people.find((person) => person.personId === 'p-fatima-el-amrani')).toMatchObject({ availableNow: true, standsIn: true, deputy: true });
  });

  it('counts a role nobody covers in the impact: its processes appear within the horizons they fall due', () => {
    // A network outage alone leaves the social domain running: only losing its people takes it down.
    const { device, events } = started(['scen-netwerkstoring']);
    const before = impactWithin(plan, foldCrisis(plan, CRISIS_ID, events, iso(minutes(5))), 'week4').length;
    const role = plan.roles.find((candidate) => candidate.id === 'rol-tl-sociaal-domein');
    for (const personId of [role?.primaryPersonId ?? '', ...(role?.deputyPersonIds ?? [])]) {
      events.push(device.write(minutes(3), { kind: 'availability', data: { state: 'unavailable', personId, from: iso(minutes(3)), reason: 'ill' } }));
    }
    const state = foldCrisis(plan, CRISIS_ID, events, iso(minutes(5)));
    expect(state.staffing.find((entry) => entry.roleId === 'rol-tl-sociaal-domein')?.uncovered).toBe(true);
    expect(impactWithin(plan, state, 'week4').length).toBeGreaterThan(before);
    const lost = state.processesWithoutStaff.filter((process) => process.dueInMinutes !== undefined && process.dueInMinutes <= 28 * 24 * 60).map((process) => process.processId);
    expect(lost.length).toBeGreaterThan(0);
    expect(impactWithin(plan, state, 'week4').map((process) => process.id)).toEqual(expect.arrayContaining(lost));
    expect(impactWithin(plan, state, 'day1').length).toBeLessThanOrEqual(impactWithin(plan, state, 'week1').length);
  });
});

describe('the handover summary', () => {
  it('hands over the decisions since the last handover only, and the last entries newest first', () => {
    const { device, events } = started();
    events.push(device.write(minutes(10), { kind: 'decision', data: { at: iso(minutes(10)), decision: 'Uitwijken naar De Schakel', followUps: [] } }));
    events.push(device.write(minutes(20), { kind: 'handover', data: { at: iso(minutes(20)), summary: 'Dienst 1 klaar', from: 'A', to: 'B', by: 'A' } }));
    events.push(device.write(minutes(30), { kind: 'decision', data: { at: iso(minutes(30)), decision: 'Balie dicht tot 12:00', followUps: [] } }));
    events.push(device.write(minutes(31), { kind: 'log-entry', data: { at: iso(minutes(31)), message: 'eerste' } }));
    events.push(device.write(minutes(32), { kind: 'log-entry', data: { at: iso(minutes(32)), message: 'tweede' } }));
    const summary = handoverSummaryOf(foldCrisis(plan, CRISIS_ID, events, iso(minutes(40))));
    expect(summary.since).toBe(iso(minutes(20)));
    expect(summary.decisions.map((decision) => decision.decision)).toEqual(['Balie dicht tot 12:00']);
    expect(summary.lastEntries.map((entry) => entry.message)).toEqual(['tweede', 'eerste']);
  });
});

describe('crisis clock times', () => {
  it('read as the wall clock in the Netherlands, in both languages', () => {
    expect(formatCrisisClock('2024-12-03T11:00:00.000Z', 'nl')).toBe('di 3 dec 12:00');
    expect(formatCrisisClock('2024-12-03T11:00:00.000Z', 'en')).toBe('Tue 3 Dec 12:00');
    expect(formatCrisisClock('2024-07-03T11:00:00.000Z', 'nl')).toBe('wo 3 jul 13:00');
  });
});
