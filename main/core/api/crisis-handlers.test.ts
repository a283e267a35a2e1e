import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { api, type ApiEnvelope } from '../../../shared/api.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { createApiHandlers, type ApiHandlers } from './api-handlers.js';
import { createAppSession } from './app-session.js';
import { createPassphraseBox } from '../data-dir/passphrase-box.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const task of cleanup.splice(0)) await task();
});

async function openSample() {
  const { dataDir } = await initTempDataDir({ kind: 'sample' });
  cleanup.push(() => removeTempDir(join(dataDir, '..')));
  const session = createAppSession({ dataDir, platform: testPlatform(), passphrases: createPassphraseBox() });
  await session.start();
  cleanup.push(() => session.close());
  const events: { event: string; payload: unknown }[] = [];
  const handlers = createApiHandlers({ session, emit: (event, payload) => events.push({ event, payload }), defaultLanguage: 'nl' });
  return { dataDir, handlers, events };
}

function value<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${JSON.stringify(envelope.error.params)}`);
  return envelope.value;
}

const activation = {
  scenarioIds: ['scen-gemeentehuis-gesloten', 'scen-netwerkstoring'],
  by: 'Marieke van Dalen',
  roleId: 'rol-gemeentesecretaris',
  exercise: true,
};

describe('crisis handlers', () => {
  it('starts a crisis, appends events, closes it with an evaluation, and every result fits the contract', async () => {
    const { handlers, events } = await openSample();
    const started = value(await handlers['crisis.start'](activation));
    api['crisis.start'].result.parse(started);
    const { crisisId } = started;
    expect(started.view.state.exercise).toBe(true);
    expect(started.view.state.checklist.length).toBeGreaterThan(10);
    expect(started.view.devices).toMatchObject([{ own: true, eventCount: 1 }]);

    const at = new Date().toISOString();
    value(await handlers['crisis.append']({ crisisId, event: { kind: 'log-entry', data: { at, message: 'Gemeentehuis ontruimd', from: 'AOV' } } }));
    value(await handlers['crisis.append']({ crisisId, event: { kind: 'step-ticked', data: { scenarioId: 'scen-netwerkstoring', stepIndex: 0, state: 'done', at } } }));
    const away = value(
      await handlers['crisis.append']({ crisisId, event: { kind: 'availability', data: { state: 'unavailable', personId: 'p-jeroen-mulder', from: at, reason: 'ill' } } }),
    );
    api['crisis.append'].result.parse(away);
    expect(away.state.staffing.find((role) => role.roleId === 'rol-aov')).toMatchObject({ deputyStandsIn: true, standingInPersonId: 'p-fatima-el-amrani' });

    const closed = value(
      await handlers['crisis.close']({ crisisId, by: 'Marieke', evaluation: { wentWell: 'Snel', actions: [{ text: 'Sleutelplan', owner: 'BCM', due: '2027-01-15' }] } }),
    );
    api['crisis.close'].result.parse(closed);
    expect(closed.state.closed?.by).toBe('Marieke');
    expect(closed.state.evaluations).toHaveLength(1);
    expect(closed.state.timeline.map((entry) => entry.kind)).toEqual(['activated', 'log-entry', 'step-ticked', 'availability', 'closed', 'evaluation']);
    expect(closed.problems).toEqual([]);

    const list = value(await handlers['crisis.list']());
    api['crisis.list'].result.parse(list);
    expect(list).toMatchObject([{ crisisId, exercise: true, eventCount: 6, problemCount: 0 }]);
    api['crisis.get'].result.parse(value(await handlers['crisis.get']({ crisisId })));
    // One notice per call: closing with an evaluation writes two events and tells the page once.
    expect(events.filter((event) => event.event === 'crisis.changed')).toHaveLength(5);
  });

  it('refuses bad arguments, unknown references, a closed crisis and an unknown one, and changes nothing', async () => {
    const { dataDir, handlers } = await openSample();
    const { crisisId } = value(await handlers['crisis.start'](activation));
    const before = await snapshotDir(dataDir);
    const append = handlers['crisis.append'] as ApiHandlers['crisis.append'];
    const at = new Date().toISOString();
    expect(await append({ crisisId, event: { kind: 'log-entry', data: { at, message: 'a\u202Eb' } } })).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await append({ crisisId, event: { kind: 'closed', data: { at, by: 'x' } } })).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await append({ crisisId: '../../etc', event: { kind: 'log-entry', data: { at, message: 'x' } } })).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    expect(await append({ crisisId, event: { kind: 'step-ticked', data: { scenarioId: 'scen-pandemie', stepIndex: 0, state: 'done', at } } })).toMatchObject({
      ok: false,
      error: { code: 'REFERENCE_UNKNOWN' },
    });
    expect(await append({ crisisId, event: { kind: 'availability', data: { state: 'available', personId: 'p-nobody', from: at } } })).toMatchObject({
      ok: false,
      error: { code: 'REFERENCE_UNKNOWN' },
    });
    expect(await handlers['crisis.start']({ ...activation, scenarioIds: ['scen-unknown'] })).toMatchObject({ ok: false, error: { code: 'REFERENCE_UNKNOWN' } });
    expect(await handlers['crisis.start']({ ...activation, scenarioIds: [] })).toMatchObject({ ok: false, error: { code: 'SCHEMA_INVALID' } });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await append({ crisisId: unknown, event: { kind: 'log-entry', data: { at, message: 'x' } } })).toMatchObject({ ok: false, error: { code: 'CRISIS_NOT_FOUND', params: { crisisId: unknown } } });
    expect(await snapshotDir(dataDir)).toEqual(before);

    value(await handlers['crisis.close']({ crisisId, by: 'Marieke' }));
    const closedBefore = await snapshotDir(dataDir);
    expect(await append({ crisisId, event: { kind: 'log-entry', data: { at, message: 'te laat' } } })).toMatchObject({ ok: false, error: { code: 'CRISIS_CLOSED' } });
    expect(await snapshotDir(dataDir)).toEqual(closedBefore);
  });
});
