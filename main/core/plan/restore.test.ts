import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initTempDataDir, removeTempDir, testPlatform } from '../test-support/temp-data-dir.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { createPlanService } from './plan-service.js';
import { applyChanges } from '../../../shared/plan/sync/index.js';
import { createCycleService } from '../cycle/cycle-service.js';
import { approvalSealHolds } from './approval-seal.js';
import { snapshotDir } from '../test-support/temp-data-dir.js';

let opened: OpenedDataDir | undefined;
let dataDir: string;
afterEach(async () => {
  await opened?.close();
  await removeTempDir(join(dataDir, '..'));
});

describe('restoring a past revision', () => {
  it('is a new edit with new stamps, and brings a person deleted since back under a new id with the role that names them', async () => {
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform(), 'write');
    const plans = createPlanService(opened);
    const before = plans.current().signed;
    const role = before.plan.content.roles.find((candidate) => candidate.primaryPersonId !== undefined);
    if (role?.primaryPersonId === undefined) throw new Error('sample plan has no role with a primary');
    const personId = role.primaryPersonId;
    const titleStamp = before.plan.sync.stamps.meta?.['plan']?.['title'];

    await plans.apply([{ op: 'updateMeta', set: { title: 'Tijdelijke titel' } }]);
    await plans.apply([{ op: 'delete', collection: 'people', id: personId }]);
    const restored = await plans.restore(before.revision);

    const { content, sync } = restored.plan;
    expect(content.meta.title).toBe(before.plan.content.meta.title);
    // A new stamp, newer than the one it replaces: the restore wins on other laptops too.
    expect(sync.stamps.meta?.['plan']?.['title'] ?? '').not.toBe(titleStamp);
    expect((sync.stamps.meta?.['plan']?.['title'] ?? '') > (titleStamp ?? '')).toBe(true);
    const revived = content.people.find((person) => person.id.startsWith(`${personId}-r`));
    expect(revived?.name).toBe(before.plan.content.people.find((person) => person.id === personId)?.name);
    expect(content.people.some((person) => person.id === personId)).toBe(false);
    expect(content.roles.find((candidate) => candidate.id === role.id)?.primaryPersonId).toBe(revived?.id);
  });

  it('brings back a record an improvement action concerns under its new id, and the action names that id', async () => {
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform(), 'write');
    const plans = createPlanService(opened);
    const process = plans.current().signed.plan.content.processes[0];
    if (process === undefined) throw new Error('sample plan has no process');
    const action = { id: 'actie-uitwijk', text: 'Uitwijk oefenen', status: 'open' as const, concerns: [{ collection: 'processes' as const, id: process.id }] };
    const withAction = await plans.apply([{ op: 'create', collection: 'improvementActions', record: action }]);
    await plans.apply([{ op: 'delete', collection: 'processes', id: process.id }]);
    expect(plans.health().some((gap) => gap.code === 'danglingReference' && gap.params['missingId'] === process.id)).toBe(true);

    const { content } = (await plans.restore(withAction.revision)).plan;
    const revived = content.processes.find((candidate) => candidate.id.startsWith(`${process.id}-r`));
    expect(revived?.name).toBe(process.name);
    expect(content.improvementActions.find((candidate) => candidate.id === action.id)?.concerns).toEqual([{ collection: 'processes', id: revived?.id }]);
    expect(plans.health().filter((gap) => gap.code === 'danglingReference')).toEqual([]);
  });

  it('moves only references to the new id: free text that happens to equal the old id stays as written', async () => {
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform(), 'write');
    const plans = createPlanService(opened);
    const sample = plans.current().signed.plan.content;
    const role = sample.roles.find((candidate) => candidate.primaryPersonId !== undefined);
    const other = sample.people.find((person) => person.id !== role?.primaryPersonId);
    if (role?.primaryPersonId === undefined || other === undefined) throw new Error('sample plan has no role with a primary');
    const personId = role.primaryPersonId;

    await plans.apply([
      { op: 'update', collection: 'people', id: other.id, set: { notes: personId, jobTitle: personId } },
      { op: 'update', collection: 'roles', id: role.id, set: { team: personId, tasks: [personId] } },
      { op: 'updateMeta', set: { purpose: personId } },
    ]);
    const withText = plans.current().signed;
    await plans.apply([{ op: 'delete', collection: 'people', id: personId }]);
    const { content } = (await plans.restore(withText.revision)).plan;

    const revived = content.people.find((person) => person.id.startsWith(`${personId}-r`));
    expect(revived).toBeDefined();
    const restoredRole = content.roles.find((candidate) => candidate.id === role.id);
    expect(restoredRole?.primaryPersonId).toBe(revived?.id);
    expect(restoredRole?.team).toBe(personId);
    expect(restoredRole?.tasks).toEqual([personId]);
    const restoredOther = content.people.find((person) => person.id === other.id);
    expect(restoredOther?.notes).toBe(personId);
    expect(restoredOther?.jobTitle).toBe(personId);
    expect(content.meta.purpose).toBe(personId);
  });

  it('brings back an approval deleted since under its new id sealed anew by this laptop, binding the same revision', async () => {
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform(), 'write');
    const plans = createPlanService(opened);
    const start = plans.current().signed;
    const approved = await createCycleService(opened).approve({ revision: start.revision, body: 'college', date: '2026-11-24' });
    const approval = approved.plan.content.approvals[0];
    if (approval === undefined) throw new Error('no approval');
    // Undo, then redo: the approval goes, and comes back as a new record (a deletion is final).
    await plans.restore(start.revision);
    const redone = await plans.restore(approved.revision);
    const [revived] = redone.plan.content.approvals;
    expect(revived?.id).not.toBe(approval.id);
    const { body, date, revision, contentHash, revisionSignature, revisionSignerKeyid } = approval;
    expect(revived).toMatchObject({ body, date, revision, contentHash, revisionSignature, revisionSignerKeyid });
    if (revived === undefined) throw new Error('no approval after redo');
    expect(approvalSealHolds(revived, redone.planId, opened.lookup)).toBe(true);
  });

  it('refuses a restore that would bring back an approval whose seal does not hold, and changes nothing', async () => {
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform(), 'write');
    const plans = createPlanService(opened);
    const start = plans.current().signed;
    const approved = await createCycleService(opened).approve({ revision: start.revision, body: 'college', date: '2026-11-24' });
    const approval = approved.plan.content.approvals[0];
    if (approval === undefined) throw new Error('no approval');
    const { clock } = opened;
    // Below every check, as a tampered build could: an approval moved to another revision without a new seal.
    const moved = { ...approval, id: 'c4b1d2e3-0000-4000-8000-000000000002', revision: approval.revision + 7 };
    const planted = await opened.store.update((latest) => applyChanges(latest.plan, [{ op: 'create', collection: 'approvals', record: moved }], clock));
    await opened.store.update((latest) => applyChanges(latest.plan, [{ op: 'delete', collection: 'approvals', id: moved.id }], clock));
    const snapshot = await snapshotDir(dataDir);
    await expect(plans.restore(planted.revision)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: moved.id, revision: moved.revision } });
    expect(await snapshotDir(dataDir)).toEqual(snapshot);
  });
});
