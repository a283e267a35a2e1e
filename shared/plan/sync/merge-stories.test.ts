import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../plan.js';
import { applyChanges, stampNewDocument } from './changes.js';
import { conflictKey } from './conflict-key.js';
import { mergeDocuments } from './merge.js';
import { resolveConflict } from './resolve-conflict.js';
import { BASE_NODE, ManualTime, NODE_A, NODE_B, NODE_C, canonicalDocument, clockAt, smallPlan } from './test-support/sync-test-kit.js';

function bramOf(doc: PlanDocument): Record<string, unknown> | undefined {
  return doc.content.people.find((person) => person.id === 'p-bram');
}

/** Everyone starts from the plan the coordinator handed out on Monday. */
function monday(): { plan: PlanDocument; time: ManualTime } {
  const time = new ManualTime();
  const plan = stampNewDocument(
    {
      ...smallPlan(),
      organisations: [{ id: 'org-hosting', name: 'Hostingpartner BV', kind: 'supplier', line24x7: '+31881234567' }],
    },
    clockAt(BASE_NODE, time),
  );
  time.advance(60_000);
  return { plan, time };
}

describe('stories of two laptops meeting by USB stick', () => {
  it('two crisis-team members correct the same phone number offline: the later one wins, the other is kept to review', () => {
    const { plan, time } = monday();
    const anna = applyChanges(
      plan,
      [{ op: 'update', collection: 'people', id: 'p-bram', set: { phones: [{ number: '+31687654321', kind: 'mobile' }] } }],
      clockAt(NODE_A, time),
    );
    time.advance(5 * 60_000);
    const cees = applyChanges(
      plan,
      [{ op: 'update', collection: 'people', id: 'p-bram', set: { phones: [{ number: '+31611112222', kind: 'mobile' }] } }],
      clockAt(NODE_C, time),
    );

    const onAnnasLaptop = mergeDocuments(anna, cees);
    const onCeesLaptop = mergeDocuments(cees, anna);

    expect(bramOf(onAnnasLaptop.document)?.['phones']).toEqual([{ number: '+31611112222', kind: 'mobile', private: false }]);
    expect(onAnnasLaptop.newConflicts).toEqual([
      {
        collection: 'people',
        recordId: 'p-bram',
        field: 'phones',
        stamp: anna.sync.stamps.people?.['p-bram']?.['phones'],
        value: [{ number: '+31687654321', kind: 'mobile', private: false }],
      },
    ]);
    expect(canonicalDocument(onCeesLaptop.document)).toBe(canonicalDocument(onAnnasLaptop.document));
  });

  it('one fixes the phone number while the other adds an e-mail address: both edits survive', () => {
    const { plan, time } = monday();
    const anna = applyChanges(
      plan,
      [{ op: 'update', collection: 'people', id: 'p-bram', set: { phones: [{ number: '+31687654321', kind: 'mobile' }] } }],
      clockAt(NODE_A, time),
    );
    const cees = applyChanges(
      plan,
      [{ op: 'update', collection: 'people', id: 'p-bram', set: { emails: [{ address: 'bram@voorbeeldstad.nl', kind: 'work' }] } }],
      clockAt(NODE_C, time),
    );
    const merged = mergeDocuments(anna, cees);
    expect(bramOf(merged.document)).toMatchObject({
      emails: [{ address: 'bram@voorbeeldstad.nl', kind: 'work' }],
      phones: [{ number: '+31687654321', kind: 'mobile', private: false }],
    });
    expect(merged.newConflicts).toEqual([]);
  });

  it('Bram takes in Anna’s stick and then corrects her number: that is an update, not a conflict', () => {
    const { plan, time } = monday();
    const anna = applyChanges(
      plan,
      [{ op: 'update', collection: 'people', id: 'p-bram', set: { phones: [{ number: '+31687654321', kind: 'mobile' }] } }],
      clockAt(NODE_A, time),
    );
    time.advance(60_000);
    const bramClock = clockAt(NODE_B, time);
    const bramAfterImport = mergeDocuments(plan, anna).document;
    const bram = applyChanges(
      bramAfterImport,
      [{ op: 'update', collection: 'people', id: 'p-bram', set: { phones: [{ number: '+31687654322', kind: 'mobile' }] } }],
      bramClock,
    );
    const backOnAnnasLaptop = mergeDocuments(anna, bram);
    expect(bramOf(backOnAnnasLaptop.document)?.['phones']).toEqual([{ number: '+31687654322', kind: 'mobile', private: false }]);
    expect(backOnAnnasLaptop.document.sync.conflicts).toEqual([]);
  });

  it('a supplier deleted on one laptop stays deleted, though another laptop edited its 24/7 line', () => {
    const { plan, time } = monday();
    const coordinator = applyChanges(plan, [{ op: 'delete', collection: 'organisations', id: 'org-hosting' }], clockAt(NODE_A, time));
    time.advance(60_000);
    const colleague = applyChanges(
      plan,
      [{ op: 'update', collection: 'organisations', id: 'org-hosting', set: { line24x7: '+31887654321' } }],
      clockAt(NODE_B, time),
    );
    for (const merged of [mergeDocuments(coordinator, colleague), mergeDocuments(colleague, coordinator)]) {
      expect(merged.document.content.organisations).toEqual([]);
      expect(merged.document.sync.stamps.organisations).toBeUndefined();
      expect(merged.document.sync.tombstones.organisations?.['org-hosting']).toBeDefined();
      expect(merged.newConflicts).toEqual([]);
      // An old stick from before the deletion does not bring it back either.
      expect(mergeDocuments(merged.document, plan).document.content.organisations).toEqual([]);
    }
  });

  it('a conflict the coordinator settled stays settled when an old copy comes back', () => {
    const { plan, time } = monday();
    const anna = applyChanges(plan, [{ op: 'updateMeta', set: { versionLabel: '1.1' } }], clockAt(NODE_A, time));
    time.advance(1_000);
    const bram = applyChanges(plan, [{ op: 'updateMeta', set: { versionLabel: '1.2' } }], clockAt(NODE_B, time));
    const merged = mergeDocuments(anna, bram);
    const conflict = merged.newConflicts[0];
    if (conflict === undefined) throw new Error('expected a conflict');
    time.advance(1_000);
    const settled = resolveConflict(merged.document, conflictKey(conflict), { keep: 'mine' }, clockAt(NODE_A, time));
    const again = mergeDocuments(mergeDocuments(settled, anna).document, bram);
    expect(again.newConflicts).toEqual([]);
    expect(again.document.sync.conflicts).toHaveLength(1);
    expect(again.document.sync.conflicts[0]?.resolvedAt).toBeDefined();
    expect(again.document.content.meta.versionLabel).toBe('1.2');
  });

  it('three laptops that meet in any order end with the same plan', () => {
    const { plan, time } = monday();
    const a = applyChanges(plan, [{ op: 'update', collection: 'people', id: 'p-anna', set: { name: 'Anna Bakker' } }], clockAt(NODE_A, time));
    time.advance(10);
    const b = applyChanges(plan, [{ op: 'update', collection: 'people', id: 'p-anna', set: { name: 'Anna de Vries-Bakker' } }], clockAt(NODE_B, time));
    time.advance(10);
    const c = applyChanges(plan, [{ op: 'delete', collection: 'people', id: 'p-bram' }], clockAt(NODE_C, time));
    const one = mergeDocuments(mergeDocuments(a, b).document, c).document;
    const two = mergeDocuments(c, mergeDocuments(b, a).document).document;
    const three = mergeDocuments(mergeDocuments(c, a).document, b).document;
    expect(canonicalDocument(two)).toBe(canonicalDocument(one));
    expect(canonicalDocument(three)).toBe(canonicalDocument(one));
    expect(one.content.people.map((person) => person.name)).toEqual(['Anna de Vries-Bakker']);
    expect(one.sync.conflicts.map((conflict) => conflict.value)).toEqual(['Anna Bakker']);
  });
});
