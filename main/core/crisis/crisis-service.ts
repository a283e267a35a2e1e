import { randomUUID } from 'node:crypto';
import type { CrisisEvent } from '../../../shared/crisis/crisis-envelope.js';
import type {
  CrisisCloseRequest,
  CrisisImportSummary,
  CrisisProblem,
  CrisisStartRequest,
  CrisisSummary,
  CrisisView,
} from '../../../shared/crisis/crisis-contract.js';
import { activatedDataSchema, type AppendableEvent, type CrisisEventBody } from '../../../shared/crisis/crisis-events.js';
import { foldCrisis } from '../../../shared/crisis/fold-crisis.js';
import type { CrisisState } from '../../../shared/crisis/crisis-state.js';
import { DraaiboekError } from '../../../shared/errors.js';
import type { PlanContent } from '../../../shared/plan/plan.js';
import { parseHlc } from '../../../shared/plan/sync/hlc.js';
import { fingerprintOf } from '../crypto/keys.js';
import { describeZodError } from '../store/describe-zod-error.js';
import type { OpenedDataDir } from '../data-dir/open-data-dir.js';
import { CrisisLogWriter, listCrisisIds, readCrisisLog, type CrisisLog } from './crisis-log-store.js';
import type { CrisisImportAnalysis } from './crisis-import.js';
import type { LogProblem } from './verify-crisis-log.js';

/** An event stamped more than this ahead of this laptop's clock comes from a clock that is wrong: shown, kept. */
export const CRISIS_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

const writers = new WeakMap<OpenedDataDir, CrisisLogWriter>();

/** The one writer of an opened folder's crisis logs, so every door shares its queues. */
export function crisisWriterOf(opened: OpenedDataDir): CrisisLogWriter {
  let writer = writers.get(opened);
  if (writer === undefined) {
    writer = new CrisisLogWriter(
      opened.dataDir,
      () => opened.signingKey(),
      opened.lookup,
      opened.clock,
      () => opened.atRest(),
      // The conversion of encryption at rest runs in the plan store's exclusive slot: appends wait for it.
      (task) => opened.store.exclusive(task),
    );
    writers.set(opened, writer);
  }
  return writer;
}

function timeOfHlc(hlc: string | undefined): string | undefined {
  if (hlc === undefined) return undefined;
  try {
    return new Date(parseHlc(hlc).physical).toISOString();
  } catch {
    return undefined;
  }
}

/** The names this folder knows devices by: its own, and its trusted signers'. */
export async function deviceNamesOf(opened: OpenedDataDir): Promise<Map<string, string>> {
  const trust = await opened.trust();
  const map = new Map(trust.signers.filter((signer) => signer.removedAt === undefined).map((signer) => [signer.keyid, signer.name]));
  // The name this laptop goes by in its own trust store (chosen at init), else the one the platform knows.
  if (!map.has(opened.deviceKeyid)) map.set(opened.deviceKeyid, opened.platform.deviceName());
  return map;
}

/** A problem as the screens and the CLI show it: the device by fingerprint and name, the time by its clock. */
export function problemView(problem: LogProblem & { readonly crisisId?: string }, deviceNames: ReadonlyMap<string, string>): CrisisProblem {
  const name = problem.device === undefined ? undefined : deviceNames.get(problem.device);
  const time = timeOfHlc(problem.hlc);
  return {
    reason: problem.reason,
    ...(problem.crisisId === undefined ? {} : { crisisId: problem.crisisId }),
    ...(problem.device === undefined ? {} : { device: problem.device, deviceFingerprint: fingerprintOf(problem.device) }),
    ...(name === undefined ? {} : { deviceName: name }),
    ...(time === undefined ? {} : { time }),
    ...(problem.seq === undefined ? {} : { seq: problem.seq }),
    ...(problem.eventId === undefined ? {} : { eventId: problem.eventId }),
    ...(problem.line === undefined ? {} : { line: problem.line }),
    kept: problem.kept,
  };
}

/** What a bundle's crisis logs would bring, as the import preview shows it. */
export async function crisisImportSummaryOf(opened: OpenedDataDir, analysis: CrisisImportAnalysis): Promise<CrisisImportSummary> {
  const deviceNames = await deviceNamesOf(opened);
  return {
    crisisCount: analysis.crises.length,
    newEvents: analysis.newEventCount,
    problems: analysis.problems.map((problem) => problemView(problem, deviceNames)),
    clockWarnings: analysis.clockAhead.map((ahead) => ({
      crisisId: ahead.crisisId,
      device: ahead.device,
      deviceFingerprint: fingerprintOf(ahead.device),
      time: timeOfHlc(ahead.hlc) ?? '',
      aheadByMs: ahead.aheadByMs,
    })),
  };
}

/**
 * The crisis use cases for the three doors (Electron IPC, CLI, e2e bridge): what a person entered is checked
 * against the plan, stamped, signed, written durably, and answered with the folded state.
 */
export function createCrisisService(opened: OpenedDataDir) {
  const now = (): string => opened.platform.now().toISOString();
  const content = (): PlanContent => opened.store.current.plan.content;

  const names = (): Promise<Map<string, string>> => deviceNamesOf(opened);

  async function viewOf(log: CrisisLog): Promise<CrisisView> {
    const moment = now();
    const state = foldCrisis(content(), log.crisisId, log.events, moment);
    const deviceNames = await names();
    const counts = new Map<string, number>();
    for (const event of log.events) counts.set(event.signed.device, (counts.get(event.signed.device) ?? 0) + 1);
    const nowMs = Date.parse(moment);
    const clockWarnings = new Map<string, CrisisView['clockWarnings'][number]>();
    for (const event of log.events) {
      const aheadByMs = parseHlc(event.signed.hlc).physical - nowMs;
      if (aheadByMs <= CRISIS_CLOCK_AHEAD_MS) continue;
      const known = clockWarnings.get(event.signed.device);
      if (known === undefined || known.aheadByMs < aheadByMs) {
        clockWarnings.set(event.signed.device, {
          device: event.signed.device,
          deviceFingerprint: fingerprintOf(event.signed.device),
          time: timeOfHlc(event.signed.hlc) ?? moment,
          aheadByMs,
        });
      }
    }
    return {
      state,
      problems: log.problems.map((problem) => problemView(problem, deviceNames)),
      devices: [...counts].map(([keyid, eventCount]) => {
        const name = deviceNames.get(keyid);
        return { keyid, fingerprint: fingerprintOf(keyid), ...(name === undefined ? {} : { name }), own: keyid === opened.deviceKeyid, eventCount };
      }),
      clockWarnings: [...clockWarnings.values()],
    };
  }

  function refuse(detail: string): never {
    throw new DraaiboekError('REFERENCE_UNKNOWN', `unknown reference: ${detail}`, { detail });
  }

  /** The references of an event must name what the plan and the crisis hold. */
  function checkReferences(plan: PlanContent, state: CrisisState, body: CrisisEventBody): void {
    const roles = new Set(plan.roles.map((role) => role.id));
    const people = new Set(plan.people.map((person) => person.id));
    switch (body.kind) {
      case 'activated':
        for (const id of body.data.scenarioIds) if (!plan.scenarios.some((scenario) => scenario.id === id)) refuse(`scenario ${id}`);
        if (body.data.roleId !== undefined && !roles.has(body.data.roleId)) refuse(`role ${body.data.roleId}`);
        break;
      case 'step-ticked': {
        const item = state.checklist.find((candidate) => candidate.scenarioId === body.data.scenarioId && candidate.stepIndex === body.data.stepIndex);
        if (item === undefined) refuse(`step ${body.data.stepIndex + 1} of scenario ${body.data.scenarioId}`);
        break;
      }
      case 'log-entry':
        if (body.data.corrects !== undefined && !state.logEntries.some((entry) => entry.eventId === body.data.corrects)) refuse(`log entry ${body.data.corrects}`);
        break;
      case 'decision':
        if (body.data.corrects !== undefined && !state.decisions.some((entry) => entry.eventId === body.data.corrects)) refuse(`decision ${body.data.corrects}`);
        for (const followUp of body.data.followUps) {
          if (followUp.ownerRoleId !== undefined && !roles.has(followUp.ownerRoleId)) refuse(`role ${followUp.ownerRoleId}`);
        }
        break;
      case 'availability':
        if (!people.has(body.data.personId)) refuse(`person ${body.data.personId}`);
        break;
      case 'roll-call':
        if (!roles.has(body.data.roleId)) refuse(`role ${body.data.roleId}`);
        if (!people.has(body.data.personId)) refuse(`person ${body.data.personId}`);
        break;
      case 'bob-meeting':
      case 'handover':
      case 'closed':
      case 'evaluation':
        break;
    }
  }

  async function appendChecked(crisisId: string, body: CrisisEventBody): Promise<CrisisView> {
    const writer = crisisWriterOf(opened);
    const before = await writer.read(crisisId);
    if (before.events.length === 0 && before.heads.size === 0) throw new DraaiboekError('CRISIS_NOT_FOUND', `no crisis ${crisisId}`, { crisisId });
    const state = foldCrisis(content(), crisisId, before.events, now());
    if (state.closed !== undefined && body.kind !== 'evaluation') {
      throw new DraaiboekError('CRISIS_CLOSED', `crisis ${crisisId} is closed`, { crisisId });
    }
    checkReferences(content(), state, body);
    await writer.append(crisisId, body);
    return viewOf(await writer.read(crisisId));
  }

  return {
    async list(): Promise<CrisisSummary[]> {
      const summaries: CrisisSummary[] = [];
      for (const crisisId of await listCrisisIds(opened.dataDir)) {
        const log = await crisisWriterOf(opened).read(crisisId);
        const state = foldCrisis(content(), crisisId, log.events, now());
        summaries.push({
          crisisId,
          exercise: state.exercise,
          ...(state.activation === undefined ? {} : { activatedAt: state.activation.at }),
          scenarioNames: state.activations.flatMap((activation) => activation.scenarioNames),
          ...(state.activation?.other === undefined ? {} : { other: state.activation.other.description }),
          ...(state.closed === undefined ? {} : { closedAt: state.closed.at }),
          eventCount: state.eventCount,
          problemCount: log.problems.length,
        });
      }
      // Most recent activation first; a crisis without a readable activation last.
      return summaries.sort((a, b) => (b.activatedAt ?? '').localeCompare(a.activatedAt ?? '') || a.crisisId.localeCompare(b.crisisId));
    },

    async get(crisisId: string): Promise<CrisisView> {
      const log = await crisisWriterOf(opened).read(crisisId);
      if (log.events.length === 0 && log.problems.length === 0) throw new DraaiboekError('CRISIS_NOT_FOUND', `no crisis ${crisisId}`, { crisisId });
      return viewOf(log);
    },

    async start(request: CrisisStartRequest): Promise<{ crisisId: string; view: CrisisView }> {
      const parsed = activatedDataSchema.safeParse({ ...request, at: request.at ?? now() });
      if (!parsed.success) throw new DraaiboekError('SCHEMA_INVALID', 'bad activation', { detail: describeZodError(parsed.error) });
      const body: CrisisEventBody = { kind: 'activated', data: parsed.data };
      const crisisId = randomUUID();
      checkReferences(content(), foldCrisis(content(), crisisId, [], now()), body);
      const writer = crisisWriterOf(opened);
      await writer.append(crisisId, body, { create: true });
      return { crisisId, view: await viewOf(await writer.read(crisisId)) };
    },

    append(crisisId: string, event: AppendableEvent): Promise<CrisisView> {
      return appendChecked(crisisId, event);
    },

    async close(request: CrisisCloseRequest): Promise<CrisisView> {
      const view = await appendChecked(request.crisisId, { kind: 'closed', data: { at: request.at ?? now(), by: request.by } });
      if (request.evaluation === undefined) return view;
      return appendChecked(request.crisisId, { kind: 'evaluation', data: request.evaluation });
    },

    /** Every crisis log of the folder as read and verified from disk, for export. */
    async logs(): Promise<CrisisLog[]> {
      const logs: CrisisLog[] = [];
      for (const crisisId of await listCrisisIds(opened.dataDir)) logs.push(await readCrisisLog(opened.dataDir, crisisId, opened.lookup, opened.atRest()));
      return logs;
    },

    /** Takes in verified events from elsewhere (a bundle): the union with what this folder holds. */
    takeIn(crisisId: string, events: readonly CrisisEvent[]) {
      return crisisWriterOf(opened).takeIn(crisisId, events);
    },
  };
}

export type CrisisService = ReturnType<typeof createCrisisService>;
