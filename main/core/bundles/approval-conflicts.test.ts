import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { conflictKey } from '../../../shared/plan/sync/index.js';
import { createCycleService } from '../cycle/cycle-service.js';
import { openDataDir, type OpenedDataDir } from '../data-dir/open-data-dir.js';
import { initTempDataDir, removeTempDir, snapshotDir, testPlatform } from '../test-support/temp-data-dir.js';
import { resolvePlanConflict } from './conflict-service.js';

let opened: OpenedDataDir | undefined;
let dataDir: string;
afterEach(async () => {
  await opened?.close();
  await removeTempDir(join(dataDir, '..'));
});

describe('a conflict on an approval', () => {
  it('cannot be settled into an approval whose seal does not hold, and nothing changes', async () => {
    ({ dataDir } = await initTempDataDir({ kind: 'sample' }));
    opened = await openDataDir(dataDir, testPlatform(), 'write');
    const start = opened.store.current;
    const approved = await createCycleService(opened).approve({ revision: start.revision, body: 'college', date: '2026-11-24' });
    const approval = approved.plan.content.approvals[0];
    if (approval === undefined) throw new Error('no approval');
    // A losing value for the approved revision, as a merge with a tampered copy would keep it.
    const conflict = { collection: 'approvals' as const, recordId: approval.id, field: 'revision', value: approval.revision + 3, stamp: '001764547200000-0000-1a2b3c4d5e6f7a8b' };
    await opened.store.update((latest) => ({ ...latest.plan, sync: { ...latest.plan.sync, conflicts: [...latest.plan.sync.conflicts, conflict] } }));
    const snapshot = await snapshotDir(dataDir);
    const key = conflictKey(conflict);
    for (const choice of [{ take: 'theirs' } as const, { value: approval.revision + 9 }]) {
      await expect(resolvePlanConflict(opened, key, choice)).rejects.toMatchObject({ code: 'APPROVAL_BINDING_INVALID', params: { approval: approval.id } });
    }
    expect(await snapshotDir(dataDir)).toEqual(snapshot);
    // Keeping the sealed value settles it.
    await expect(resolvePlanConflict(opened, key, { keep: 'mine' })).resolves.toMatchObject({ revision: approved.revision + 2 });
  });
});
