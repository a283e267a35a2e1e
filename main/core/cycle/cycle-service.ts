import { randomUUID } from 'node:crypto';
import { callTreeProgress } from '../../../shared/cycle/call-tree-progress.js';
import { changesBetween } from '../../../shared/cycle/changes-since.js';
import { coverageMatrix } from '../../../shared/cycle/coverage.js';
import type { ActionsFromCrisisRequest, ApproveRequest, CallTreeTestInput, CycleOverview } from '../../../shared/cycle/cycle-contract.js';
import { effectiveDates, latestApproval, reviewDueAfter, validUntilAfter } from '../../../shared/plan/effective-dates.js';
import { isOverdueAction, openActions } from '../../../shared/cycle/improvement-actions.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { createTranslator, type Language } from '../../../shared/i18n/index.js';
import { formatCalendarDay } from '../../../shared/i18n/plan-value-format.js';
import type { ImprovementAction } from '../../../shared/plan/cycle-records.js';
import type { CallTreeRecord, Exercise, Person } from '../../../shared/plan/entities.js';
import type { PlanContent, SignedPlan } from '../../../shared/plan/plan.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import { applyChanges, type Change } from '../../../shared/plan/sync/index.js';
import { assertSafeTextInChanges } from '../../../shared/plan/unsafe-plan-text.js';
import { createCrisisService } from '../crisis/crisis-service.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { adoptedContentHash, sealApproval } from '../plan/approval-seal.js';
import { bindingOfRevision } from './revision-binding.js';

function recordNotFound(collection: string, id: string): DraaiboekError {
  return new DraaiboekError('RECORD_NOT_FOUND', `no ${collection} ${id}`, { collection, id });
}

/** The call-tree test as an exercise record and the phone changes it makes, checked against the plan. */
export function callTreeTestChanges(content: PlanContent, test: CallTreeTestInput, exerciseId: string, title: string): Change[] {
  const people = new Map(content.people.map((person) => [person.id, person]));
  const touched = new Map<string, Person['phones']>();
  for (const result of test.results) {
    const person = people.get(result.personId);
    if (person === undefined) throw recordNotFound('people', result.personId);
    if (result.number === undefined || result.outcome === 'not-reached') continue;
    const phones = touched.get(person.id) ?? person.phones.map((phone) => ({ ...phone }));
    const phone = phones.find((candidate) => candidate.number === result.number);
    if (phone === undefined) {
      throw new DraaiboekError('CALL_TREE_NUMBER_UNKNOWN', `${result.number} is not a number of ${person.id}`, {
        number: result.number,
        person: person.name,
      });
    }
    if (result.outcome === 'reached') {
      phone.lastVerified = test.date;
      delete phone.wrongNumberFlaggedOn;
    } else {
      phone.wrongNumberFlaggedOn = test.date;
    }
    touched.set(person.id, phones);
  }
  const startedAt = test.startedAt ?? [...test.results].map((result) => result.at).sort()[0] ?? `${test.date}T00:00:00.000Z`;
  const callTree: CallTreeRecord = {
    startedAt,
    ...(test.endedAt === undefined ? {} : { endedAt: test.endedAt }),
    results: test.results.map((result) => ({ ...result })),
  };
  const participants = [...new Set(test.results.filter((result) => result.outcome === 'reached').map((result) => result.personId))];
  const exercise: Exercise = {
    id: exerciseId,
    title,
    date: test.date,
    kind: 'call-tree',
    status: 'held',
    ...(test.leadPersonId === undefined ? {} : { leadPersonId: test.leadPersonId }),
    scenarioIds: [],
    processIds: [],
    applicationIds: [],
    locationIds: [],
    roleIds: [],
    participantPersonIds: participants,
    findings: test.findings ?? [],
    callTree,
  };
  return [
    { op: 'create', collection: 'exercises', record: exercise },
    ...[...touched].map(([id, phones]): Change => ({ op: 'update', collection: 'people', id, set: { phones } })),
  ];
}

/**
 * The plan's yearly cycle: the overview (coverage, adoption, actions, call-tree figures), recording a
 * call-tree test, approving a revision, and taking over a crisis's improvement actions. Each change is one
 * revision. One implementation for the three doors.
 */
export function createCycleService(opened: OpenedDataDir) {
  const { store, clock } = opened;
  const today = (): string => todayInAmsterdam(opened.platform.now());

  function commit(changes: readonly Change[]): Promise<SignedPlan> {
    assertSafeTextInChanges(changes);
    return store.update((latest) => applyChanges(latest.plan, [...changes], clock));
  }

  async function adoption(content: PlanContent): Promise<CycleOverview['adoption']> {
    const approval = latestApproval(content);
    if (approval === undefined) return { state: 'none', changes: [] };
    if (adoptedContentHash(content) === approval.contentHash) return { state: 'adopted', approval, changes: [] };
    try {
      const past = await store.readRevision(approval.revision);
      if (adoptedContentHash(past.plan.content) !== approval.contentHash) return { state: 'changed-unknown', approval, changes: [] };
      return { state: 'changed', approval, changes: changesBetween(past.plan.content, content) };
    } catch {
      // The adopted revision was recorded on another laptop, or has left this one's history.
      return { state: 'changed-unknown', approval, changes: [] };
    }
  }

  return {
    async overview(): Promise<CycleOverview> {
      const signed = store.current;
      const content = signed.plan.content;
      const day = today();
      const dates = effectiveDates(content);
      const tests = content.exercises
        .filter((exercise) => exercise.status === 'held' && exercise.callTree !== undefined)
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      return {
        revision: signed.revision,
        today: day,
        adoption: await adoption(content),
        ...(dates.reviewDue === undefined ? {} : { reviewDue: dates.reviewDue }),
        ...(dates.validUntil === undefined ? {} : { validUntil: dates.validUntil }),
        datesFrom: dates.source,
        coverage: coverageMatrix(content, day),
        actions: {
          open: openActions(content).length,
          overdueIds: content.improvementActions.filter((action) => isOverdueAction(action, day)).map((action) => action.id),
        },
        callTreeTests: tests.map((exercise) => ({
          exerciseId: exercise.id,
          title: exercise.title,
          date: exercise.date,
          progress: callTreeProgress(content, exercise.callTree as CallTreeRecord),
        })),
      };
    },

    /**
     * A finished call-tree test as one revision: the exercise record with every result; each number that
     * reached someone verified on the test's day, each wrong number flagged. Without a title of its own, the
     * test is named in the given language, its day written as the plan writes days ("1 december 2026").
     */
    recordCallTreeTest(test: CallTreeTestInput, language: Language): Promise<SignedPlan> {
      const title = test.title ?? createTranslator(language)('cycle.callTreeTestTitle', { date: formatCalendarDay(test.date, language) });
      const exerciseId = randomUUID();
      return store.update((latest) => applyChanges(latest.plan, callTreeTestChanges(latest.plan.content, test, exerciseId, title), clock));
    },

    /** Record that a body adopted a revision of this laptop's history, bound to it and sealed with this device's key. */
    async approve(request: ApproveRequest): Promise<SignedPlan> {
      if (request.body === 'other' && request.bodyName === undefined) {
        throw new DraaiboekError('APPROVAL_BODY_NAME_REQUIRED', 'approval by another body needs its name');
      }
      const binding = await bindingOfRevision(opened, request.revision);
      const key = await opened.signingKey();
      const approval = sealApproval(
        {
          id: randomUUID(),
          body: request.body,
          ...(request.bodyName === undefined ? {} : { bodyName: request.bodyName }),
          date: request.date,
          ...(request.reference === undefined ? {} : { reference: request.reference }),
          revision: request.revision,
          contentHash: binding.contentHash,
          revisionSignature: binding.revisionSignature,
          revisionSignerKeyid: binding.revisionSignerKeyid,
          reviewDue: reviewDueAfter(request.date),
          validUntil: validUntilAfter(request.date),
        },
        binding.signed.planId,
        key,
      );
      if (binding.signed.planId !== store.current.planId) throw new DraaiboekError('PLAN_MISMATCH', 'revision of another plan');
      return commit([{ op: 'create', collection: 'approvals', record: approval }]);
    },

    /** The improvement actions of a crisis's evaluations that the plan's list does not hold yet, as one revision. */
    async actionsFromCrisis(request: ActionsFromCrisisRequest): Promise<SignedPlan> {
      const view = await createCrisisService(opened).get(request.crisisId);
      const state = view.state;
      const proposed = state.evaluations.flatMap((evaluation) => evaluation.actions);
      if (proposed.length === 0) {
        throw new DraaiboekError('CRISIS_NOT_EVALUATED', 'no evaluated actions', { crisisId: request.crisisId });
      }
      const content = store.current.plan.content;
      const title = crisisTitle(state.activation?.scenarioNames ?? [], state.activation?.other?.description, state.activation?.at);
      const taken = new Set(
        content.improvementActions
          .filter((action) => action.sourceCrisis?.crisisId === request.crisisId)
          .map((action) => action.text),
      );
      const byName = new Map(content.people.map((person) => [person.name.trim().toLowerCase(), person.id]));
      const changes: Change[] = [];
      for (const action of proposed) {
        if (taken.has(action.text)) continue;
        taken.add(action.text);
        const ownerPersonId = byName.get(action.owner.trim().toLowerCase());
        const record: ImprovementAction = {
          id: randomUUID(),
          text: action.text,
          ...(ownerPersonId === undefined ? { notes: action.owner } : { ownerPersonId }),
          dueDate: action.due,
          status: 'open',
          sourceCrisis: { crisisId: request.crisisId, title },
          concerns: [],
        };
        changes.push({ op: 'create', collection: 'improvementActions', record });
      }
      if (changes.length === 0) return store.current;
      return commit(changes);
    },
  };
}

/** A crisis is known by the scenarios it activated, or the description of an unforeseen one, and its day. */
function crisisTitle(scenarioNames: readonly string[], other: string | undefined, at: string | undefined): string {
  const what = scenarioNames.length > 0 ? scenarioNames.join(', ') : (other ?? 'Crisis');
  const text = at === undefined ? what : `${what} (${at.slice(0, 10)})`;
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

export type CycleService = ReturnType<typeof createCycleService>;
