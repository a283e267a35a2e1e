import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';
import { createPlanService } from '../plan/plan-service.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

const NOW = new Date('2026-12-01T10:00:00.000Z');

async function openSample(defaultLanguage: 'nl' | 'en' = 'nl') {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  cleanup.push(() => removeTempDir(join(dataDir, '..')));
  const session = createAppSession({ dataDir, platform: testPlatform({ now: () => NOW }), passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(() => session.close());
  const handlers = createApiHandlers({ session, emit: () => undefined, defaultLanguage });
  return { dataDir, session, handlers };
}

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

function errorOf<T>(envelope: ApiEnvelope<T>) {
  if (envelope.ok) throw new Error('expected a refusal');
  return envelope.error;
}

const at = (minutes: number) => new Date(Date.parse('2026-12-01T09:00:00.000Z') + minutes * 60_000).toISOString();

/** Five reached, one wrong number, one not reached. */
const test = {
  date: '2026-12-01',
  startedAt: at(0),
  results: [
    { personId: 'p-henk-verbeek', outcome: 'reached', number: '+31640001001', at: at(2) },
    { personId: 'p-anouk-smits', outcome: 'reached', number: '+31640001002', at: at(5) },
    { personId: 'p-erik-bosman', outcome: 'reached', number: '+31555801003', at: at(9) },
    { personId: 'p-marieke-van-dalen', outcome: 'reached', number: '+31640001004', at: at(12) },
    { personId: 'p-ronald-kuipers', outcome: 'reached', number: '+31640001005', at: at(40) },
    { personId: 'p-saskia-hoekstra', outcome: 'wrong-number', number: '+31640001006', at: at(14) },
    { personId: 'p-jeroen-mulder', outcome: 'not-reached', at: at(20) },
  ],
} as const;

describe('the yearly cycle handlers', () => {
  it('records a call-tree test as one revision: the exercise, each reached number verified, the wrong one flagged', async () => {
    const { handlers } = await openSample();
    const before = value(await handlers['plan.current']());
    const after = value(await handlers['cycle.recordCallTreeTest'](test));
    expect(after.revision).toBe(before.revision + 1);
    const person = (id: string) => after.content.people.find((candidate) => candidate.id === id);
    expect(person('p-henk-verbeek')?.phones.find((phone) => phone.number === '+31640001001')?.lastVerified).toBe('2026-12-01');
    expect(person('p-erik-bosman')?.phones.find((phone) => phone.number === '+31555801003')?.lastVerified).toBe('2026-12-01');
    expect(person('p-erik-bosman')?.phones.find((phone) => phone.number === '+31640001003')?.lastVerified).toBeUndefined();
    expect(person('p-saskia-hoekstra')?.phones.find((phone) => phone.number === '+31640001006')?.wrongNumberFlaggedOn).toBe('2026-12-01');
    const exercise = after.content.exercises.find((candidate) => candidate.callTree !== undefined && candidate.date === '2026-12-01');
    expect(exercise).toMatchObject({ kind: 'call-tree', status: 'held', title: 'Alarmeringstest 1 december 2026' });
    expect(exercise?.callTree?.results).toHaveLength(7);

    const overview = api['cycle.overview'].result.parse(value(await handlers['cycle.overview']()));
    const figures = overview.callTreeTests.find((entry) => entry.exerciseId === exercise?.id)?.progress;
    expect(figures).toMatchObject({ reached: 5, wrongNumber: 1, notReached: 1, medianMinutes: 9, slowestMinutes: 40 });
  });

  it('names the test in the language of the app, its day written out as a date of that language', async () => {
    const { handlers } = await openSample('en');
    const after = value(await handlers['cycle.recordCallTreeTest'](test));
    const exercise = after.content.exercises.find((candidate) => candidate.callTree !== undefined && candidate.date === '2026-12-01');
    expect(exercise?.title).toBe('Call-tree test 1 December 2026');
  });

  it('refuses a test naming a number the person does not have, and changes nothing', async () => {
    const { handlers, dataDir } = await openSample();
    const snapshot = await snapshotDir(dataDir);
    const wrong = { ...test, results: [{ personId: 'p-henk-verbeek', outcome: 'reached', number: '+31699999999', at: at(1) }] };
    expect(errorOf(await handlers['cycle.recordCallTreeTest'](wrong))).toMatchObject({
      code: 'CALL_TREE_NUMBER_UNKNOWN',
      params: { number: '+31699999999', person: 'Henk Verbeek' },
    });
    expect(await snapshotDir(dataDir)).toEqual(snapshot);
  });

  it('approves a revision, and lists exactly the change made since as field-by-field differences', async () => {
    const { handlers } = await openSample();
    const current = value(await handlers['plan.current']());
    const approved = value(
      await handlers['cycle.approve']({ revision: current.revision, body: 'college', date: '2026-11-24', reference: 'B&W 2026/118' }),
    );
    const approval = approved.content.approvals[0];
    expect(approval).toMatchObject({ revision: current.revision, reviewDue: '2027-11-24', validUntil: '2028-11-24' });
    expect(value(await handlers['cycle.overview']()).adoption.state).toBe('adopted');

    const henk = approved.content.people.find((person) => person.id === 'p-henk-verbeek');
    const phones = henk?.phones.map((phone, index) => (index === 0 ? { ...phone, number: '+31640009999' } : phone));
    value(await handlers['plan.apply']([{ op: 'update', collection: 'people', id: 'p-henk-verbeek', set: { phones } }]));
    const overview = value(await handlers['cycle.overview']());
    expect(overview.adoption.state).toBe('changed');
    expect(overview.adoption.changes).toEqual([
      { collection: 'people', recordId: 'p-henk-verbeek', name: 'Henk Verbeek', change: 'changed', fields: [{ field: 'phones', before: henk?.phones, after: phones }] },
    ]);
    expect(overview).toMatchObject({ reviewDue: '2027-11-24', validUntil: '2028-11-24', datesFrom: 'approval' });
  });

  it('refuses an approval through plan.apply, and changes nothing', async () => {
    const { handlers, dataDir } = await openSample();
    const snapshot = await snapshotDir(dataDir);
    const refusal = errorOf(await handlers['plan.apply']([{ op: 'create', collection: 'approvals', record: { body: 'college' } }]));
    expect(refusal.code).toBe('APPROVAL_NOT_EDITABLE');
    expect(await snapshotDir(dataDir)).toEqual(snapshot);
  });

  it('refuses an approval copied onto other content: another plan, or another revision of the same', async () => {
    const first = await openSample();
    const current = value(await first.handlers['plan.current']());
    const approved = value(await first.handlers['cycle.approve']({ revision: current.revision, body: 'directieteam', date: '2026-11-30' }));
    const approval = approved.content.approvals[0];
    if (approval === undefined) throw new Error('no approval');

    const second = await openSample();
    const secondPlans = createPlanService(second.session.opened());
    const snapshot = await snapshotDir(second.dataDir);
    const withCopied: PlanContent = { ...secondPlans.current().signed.plan.content, approvals: [approval] };
    await expect(secondPlans.importContent(withCopied)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID' });
    expect(await snapshotDir(second.dataDir)).toEqual(snapshot);

    const firstPlans = createPlanService(first.session.opened());
    const moved = { ...approval, revision: approval.revision + 1 };
    const content = { ...firstPlans.current().signed.plan.content, approvals: [moved] };
    await expect(firstPlans.importContent(content)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { revision: approval.revision + 1 } });
    // The very approval, unchanged, is no change at all.
    await expect(firstPlans.importContent(firstPlans.current().signed.plan.content)).resolves.toMatchObject({ changeCount: 0 });
  });

  it('turns a crisis evaluation\'s improvement actions into plan actions once, with the crisis as their source', async () => {
    const { handlers } = await openSample();
    const { crisisId } = value(
      await handlers['crisis.start']({ scenarioIds: ['scen-netwerkstoring'], by: 'Marieke van Dalen', roleId: 'rol-gemeentesecretaris', exercise: true }),
    );
    value(
      await handlers['crisis.close']({
        crisisId,
        by: 'Marieke van Dalen',
        evaluation: { actions: [{ text: 'Sleutelplan bijwerken', owner: 'Henk Verbeek', due: '2027-01-15' }, { text: 'Radio testen', owner: 'Facilitair', due: '2027-02-01' }] },
      }),
    );
    const plan = value(await handlers['cycle.actionsFromCrisis']({ crisisId }));
    const taken = plan.content.improvementActions.filter((action) => action.sourceCrisis?.crisisId === crisisId);
    expect(taken).toMatchObject([
      { text: 'Sleutelplan bijwerken', ownerPersonId: 'p-henk-verbeek', dueDate: '2027-01-15', status: 'open' },
      { text: 'Radio testen', notes: 'Facilitair', dueDate: '2027-02-01' },
    ]);
    const again = value(await handlers['cycle.actionsFromCrisis']({ crisisId }));
    expect(again.revision).toBe(plan.revision);
  });
});
