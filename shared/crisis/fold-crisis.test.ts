import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCrisis } from './fold-crisis.js';
import { mergeCrisisEvents, type CrisisEvent } from './crisis-envelope.js';
import type { CrisisEventBody } from './crisis-events.js';
import { planContentSchema } from '../plan/plan.js';
import { CRISIS_ID, createTestDevice } from './test-support/crisis-event-kit.js';

const plan = planContentSchema.parse(JSON.parse(readFileSync(new URL('../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')));

const T0 = Date.parse('2026-12-03T08:00:00.000Z');
const minutes = (n: number): number => T0 + n * 60_000;
const iso = (ms: number): string => new Date(ms).toISOString();

function activation(exercise = true): CrisisEventBody {
  return {
    kind: 'activated',
    data: {
      scenarioIds: ['scen-gemeentehuis-gesloten', 'scen-netwerkstoring'],
      at: iso(T0),
      by: 'Marieke van Dalen',
      roleId: 'rol-gemeentesecretaris',
      exercise,
    },
  };
}

describe('foldCrisis', () => {
  it('merges the checklist of the activated scenarios, ordered by due moment counted from activation', () => {
    const a = createTestDevice(1);
    const state = foldCrisis(plan, CRISIS_ID, [a.write(minutes(1), activation())], iso(minutes(10)));
    const steps = plan.scenarios.filter((s) => ['scen-gemeentehuis-gesloten', 'scen-netwerkstoring'].includes(s.id)).flatMap((s) => s.steps);
    expect(state.checklist).toHaveLength(steps.length);
    const due = state.checklist.flatMap((item) => (item.dueAt === undefined ? [] : [item.dueAt]));
    expect(due).toEqual([...due].sort());
    expect(state.checklist[0]?.dueAt).toBe(iso(minutes(30)));
    expect(state.exercise).toBe(true);
    expect(state.activation?.scenarioNames).toContain('Netwerk- of internetstoring');
    expect(state.checklist.every((item) => item.state === 'open' && !item.overdue)).toBe(true);
  });

  it('marks open steps past their due moment as overdue, and ticks done, not applicable and reopened', () => {
    const a = createTestDevice(1);
    const events = [
      a.write(minutes(1), activation()),
      a.write(minutes(2), { kind: 'step-ticked', data: { scenarioId: 'scen-netwerkstoring', stepIndex: 0, state: 'done', at: iso(minutes(2)), by: 'Bas' } }),
      a.write(minutes(3), {
        kind: 'step-ticked',
        data: { scenarioId: 'scen-netwerkstoring', stepIndex: 1, state: 'not-applicable', reason: 'Geen VPN in gebruik', at: iso(minutes(3)) },
      }),
      a.write(minutes(4), { kind: 'step-ticked', data: { scenarioId: 'scen-gemeentehuis-gesloten', stepIndex: 0, state: 'done', at: iso(minutes(4)) } }),
      a.write(minutes(5), { kind: 'step-ticked', data: { scenarioId: 'scen-gemeentehuis-gesloten', stepIndex: 0, state: 'reopened', at: iso(minutes(5)) } }),
    ];
    const state = foldCrisis(plan, CRISIS_ID, events, iso(minutes(45)));
    const item = (scenarioId: string, stepIndex: number) => state.checklist.find((i) => i.scenarioId === scenarioId && i.stepIndex === stepIndex);
    expect(item('scen-netwerkstoring', 0)).toMatchObject({ state: 'done', by: 'Bas', overdue: false });
    expect(item('scen-netwerkstoring', 1)).toMatchObject({ state: 'not-applicable', reason: 'Geen VPN in gebruik' });
    expect(item('scen-gemeentehuis-gesloten', 0)).toMatchObject({ state: 'open', overdue: true });
  });

  it('lets the first available deputy stand in and lists the processes that lose their staff', () => {
    const a = createTestDevice(1);
    const events = [
      a.write(minutes(1), activation()),
      a.write(minutes(2), { kind: 'availability', data: { state: 'unavailable', personId: 'p-jeroen-mulder', from: iso(minutes(2)), reason: 'ill' } }),
      a.write(minutes(3), { kind: 'availability', data: { state: 'unavailable', personId: 'p-merel-claassen', from: iso(minutes(2)), reason: 'leave' } }),
      a.write(minutes(4), {
        kind: 'availability',
        data: { state: 'unavailable', personId: 'p-daan-wolters', from: iso(minutes(2)), until: iso(minutes(600)), reason: 'unreachable' },
      }),
    ];
    const state = foldCrisis(plan, CRISIS_ID, events, iso(minutes(10)));
    const aov = state.staffing.find((role) => role.roleId === 'rol-aov');
    expect(aov).toMatchObject({ standingInPersonId: 'p-fatima-el-amrani', deputyStandsIn: true, uncovered: false });
    const legal = state.staffing.find((role) => role.roleId === 'rol-juridisch');
    expect(legal).toMatchObject({ uncovered: true, deputyStandsIn: false });
    expect(state.processesWithoutStaff.map((process) => process.processId).sort()).toEqual(
      ['proc-bezwaar', 'proc-omgevingsvergunning', 'proc-openbare-orde', 'proc-post-archief', 'proc-woo'].sort(),
    );
    // After the period of unavailability the deputy is back, and the role covered again.
    const later = foldCrisis(plan, CRISIS_ID, events, iso(minutes(601)));
    expect(later.staffing.find((role) => role.roleId === 'rol-juridisch')).toMatchObject({ standingInPersonId: 'p-daan-wolters' });
    expect(later.processesWithoutStaff).toEqual([]);
  });

  it('keeps a corrected entry and marks it, and drops the follow-ups of a corrected decision', () => {
    const a = createTestDevice(1);
    const first = a.write(minutes(2), { kind: 'log-entry', data: { at: iso(minutes(2)), message: 'Brand in serverruimte', from: 'Facilitair' } });
    const decision = a.write(minutes(3), {
      kind: 'decision',
      data: { at: iso(minutes(3)), decision: 'Uitwijken naar Sporthal', followUps: [{ text: 'Sleutel ophalen', due: iso(minutes(20)) }] },
    });
    const events = [
      a.write(minutes(1), activation()),
      first,
      decision,
      a.write(minutes(4), { kind: 'log-entry', data: { at: iso(minutes(4)), message: 'Geen brand: rookmelder defect', corrects: first.id } }),
    ];
    const state = foldCrisis(plan, CRISIS_ID, events, iso(minutes(30)));
    expect(state.logEntries).toHaveLength(2);
    expect(state.logEntries[0]?.correctedBy).toEqual([events[3]?.id]);
    expect(state.followUps).toMatchObject([{ text: 'Sleutel ophalen', overdue: true, decisionId: decision.id }]);
    const corrected = foldCrisis(
      plan,
      CRISIS_ID,
      [...events, a.write(minutes(5), { kind: 'decision', data: { at: iso(minutes(5)), decision: 'Toch niet uitwijken', followUps: [], corrects: decision.id } })],
      iso(minutes(30)),
    );
    expect(corrected.followUps).toEqual([]);
  });

  it('records closing and evaluation, and ignores events of another crisis', () => {
    const a = createTestDevice(1);
    const other = createTestDevice(2, '00000000-0000-4000-8000-000000000000');
    const state = foldCrisis(
      plan,
      CRISIS_ID,
      [
        a.write(minutes(1), activation(false)),
        other.write(minutes(2), { kind: 'log-entry', data: { at: iso(minutes(2)), message: 'elders' } }),
        a.write(minutes(90), { kind: 'closed', data: { at: iso(minutes(90)), by: 'Marieke' } }),
        a.write(minutes(91), { kind: 'evaluation', data: { wentWell: 'Snel opgeschaald', actions: [{ text: 'Sleutelplan', owner: 'BCM', due: '2027-01-15' }] } }),
      ],
      iso(minutes(100)),
    );
    expect(state.exercise).toBe(false);
    expect(state.closed).toMatchObject({ at: iso(minutes(90)), by: 'Marieke' });
    expect(state.evaluations[0]?.actions).toHaveLength(1);
    expect(state.eventCount).toBe(3);
    expect(state.timeline.map((entry) => entry.kind)).toEqual(['activated', 'closed', 'evaluation']);
  });
});

/** Three laptops logging apart: a random mix of every kind of event, with clock stamps that may collide. */
function randomLog(seed: number, counts: readonly number[]): CrisisEvent[] {
  let state = seed >>> 0 || 1;
  const next = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const people = plan.people.slice(0, 12).map((person) => person.id);
  const events: CrisisEvent[] = [];
  counts.forEach((count, index) => {
    const device = createTestDevice(index + 1);
    for (let i = 0; i < count; i += 1) {
      const at = iso(minutes(Math.floor(next() * 120)));
      // Coarse clock stamps so devices collide and order falls back to device, then id.
      const physical = minutes(Math.floor(next() * 8));
      const body: CrisisEventBody = pick<() => CrisisEventBody>([
        () => activation(next() < 0.5),
        () => ({ kind: 'step-ticked', data: { scenarioId: 'scen-netwerkstoring', stepIndex: Math.floor(next() * 8), state: pick(['done', 'reopened'] as const), at } }),
        () => ({ kind: 'log-entry', data: { at, message: `bericht ${i}` } }),
        () => ({ kind: 'decision', data: { at, decision: `besluit ${i}`, followUps: [{ text: 'actie', due: at }] } }),
        () => ({ kind: 'availability', data: { state: 'unavailable', personId: pick(people), from: at, reason: 'ill' } }),
        () => ({ kind: 'availability', data: { state: 'available', personId: pick(people), from: at } }),
        () => ({ kind: 'roll-call', data: { roleId: 'rol-aov', personId: pick(people), status: pick(['reached', 'unavailable', 'available'] as const), at } }),
        () => ({ kind: 'closed', data: { at, by: 'x' } }),
      ])();
      events.push(device.write(physical, body, i % 3));
    }
  });
  return events;
}

describe('foldCrisis: laws', () => {
  it('gives the same state for every arrival order and with repeated events (1,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }),
        fc.infiniteStream(fc.nat()),
        (seed, counts, randomness) => {
          const events = randomLog(seed, counts);
          const shuffled = events
            .map((event) => ({ event, key: randomness.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map(({ event }) => event);
          const withRepeats = [...shuffled, ...shuffled.slice(0, Math.floor(shuffled.length / 2))];
          const now = iso(minutes(60));
          expect(foldCrisis(plan, CRISIS_ID, withRepeats, now)).toEqual(foldCrisis(plan, CRISIS_ID, events, now));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('merges logs as a set: commutative, associative, idempotent (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (seed, picks) => {
        const events = randomLog(seed, [4, 4, 4]);
        const subset = (offset: number) => events.filter((_, index) => (picks[(index + offset) % picks.length] ?? 0) % 2 === 0);
        const [a, b, c] = [subset(0), subset(1), subset(2)];
        const ids = (log: readonly CrisisEvent[]) => log.map((event) => event.id);
        expect(ids(mergeCrisisEvents(a, b))).toEqual(ids(mergeCrisisEvents(b, a)));
        expect(ids(mergeCrisisEvents(mergeCrisisEvents(a, b), c))).toEqual(ids(mergeCrisisEvents(a, mergeCrisisEvents(b, c))));
        expect(ids(mergeCrisisEvents(a, a))).toEqual(ids(mergeCrisisEvents(a)));
      }),
      { numRuns: 1_000 },
    );
  });
});
