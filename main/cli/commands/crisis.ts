import { DraaiboekError } from '../../../shared/errors.js';
import type { AppendableEvent } from '../../../shared/crisis/crisis-events.js';
import { unavailabilityReasons } from '../../../shared/crisis/crisis-events.js';
import type { CrisisView } from '../../../shared/crisis/crisis-contract.js';
import { createCrisisService, type CrisisService } from '../../core/crisis/crisis-service.js';
import type { OpenedDataDir } from '../../core/data-dir/open-data-dir.js';
import { exitCodes, type CliContext } from '../cli-io.js';
import { dataDirOption, requireDataDir, requireString } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command, ParsedCommand } from '../run-cli.js';
import { terminalJson } from '../terminal-text.js';
import { crisisExportFormats } from './crisis-export.js';
import { printCrisisList, printCrisisStatus } from './crisis-status.js';

function usage(context: CliContext, detail = context.t('cli.crisis.usage')): DraaiboekError {
  return new DraaiboekError('USAGE', detail, { detail });
}

function optional(parsed: ParsedCommand, option: string): string | undefined {
  const value = parsed.values[option];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A moment given on the command line (`2026-12-03T09:30`, with or without zone), as UTC. */
function moment(parsed: ParsedCommand, option: string, context: CliContext): string | undefined {
  const raw = optional(parsed, option);
  if (raw === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms)) throw usage(context, context.t('cli.crisis.badMoment', { option: `--${option}`, value: raw }));
  return new Date(ms).toISOString();
}

/** `--crisis ID`, or the open crisis activated last. */
async function crisisOf(parsed: ParsedCommand, service: CrisisService, context: CliContext): Promise<string> {
  const given = optional(parsed, 'crisis');
  if (given !== undefined) return given;
  const open = (await service.list()).find((crisis) => crisis.closedAt === undefined);
  if (open === undefined) throw usage(context, context.t('cli.crisis.noOpenCrisis'));
  return open.crisisId;
}

/** Exit 3 when the log holds an event that was refused or whose chain is broken, as `verify` does. */
function exitFor(view: CrisisView): number {
  return view.problems.length > 0 ? exitCodes.invalid : exitCodes.ok;
}

type Writer = (parsed: ParsedCommand, service: CrisisService, context: CliContext, opened: OpenedDataDir) => Promise<number>;

async function appendAndReport(service: CrisisService, crisisId: string, event: AppendableEvent, context: CliContext): Promise<number> {
  const view = await service.append(crisisId, event);
  context.io.out(context.t('cli.crisis.recorded', { count: view.state.eventCount }));
  if (view.problems.length > 0) context.io.err(context.t('cli.crisis.problemsWarning', { count: view.problems.length }));
  return exitCodes.ok;
}

const writers = new Map<string, Writer>(Object.entries({
  async start(parsed, service, context, opened) {
    const scenarioValues = parsed.values['scenario'];
    const scenarioIds = (Array.isArray(scenarioValues) ? scenarioValues : scenarioValues === undefined ? [] : [scenarioValues]).filter(
      (value): value is string => typeof value === 'string',
    );
    const other = optional(parsed, 'other');
    if (scenarioIds.length === 0 && other === undefined) throw usage(context, context.t('cli.missingOption', { option: '--scenario' }));
    const at = moment(parsed, 'at', context);
    const roleId = optional(parsed, 'role');
    const { crisisId } = await service.start({
      scenarioIds,
      ...(other === undefined ? {} : { other: { description: other } }),
      ...(at === undefined ? {} : { at }),
      by: optional(parsed, 'by') ?? opened.platform.deviceName(),
      ...(roleId === undefined ? {} : { roleId }),
      exercise: parsed.values['exercise'] === true,
    });
    context.io.out(crisisId);
    return exitCodes.ok;
  },

  async log(parsed, service, context, opened) {
    const message = requireString(parsed, 'text', context);
    const from = optional(parsed, 'from');
    const to = optional(parsed, 'to');
    const by = optional(parsed, 'by');
    const at = moment(parsed, 'at', context) ?? opened.platform.now().toISOString();
    return appendAndReport(
      service,
      await crisisOf(parsed, service, context),
      {
        kind: 'log-entry',
        data: {
          at,
          message,
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
          ...(by === undefined ? {} : { author: by }),
        },
      },
      context,
    );
  },

  async decide(parsed, service, context, opened) {
    const decision = requireString(parsed, 'text', context);
    const rationale = optional(parsed, 'rationale');
    const by = optional(parsed, 'by');
    const at = moment(parsed, 'at', context) ?? opened.platform.now().toISOString();
    return appendAndReport(
      service,
      await crisisOf(parsed, service, context),
      {
        kind: 'decision',
        data: {
          at,
          decision,
          ...(rationale === undefined ? {} : { rationale }),
          ...(by === undefined ? {} : { decidedBy: by }),
          followUps: [],
        },
      },
      context,
    );
  },

  async tick(parsed, service, context, opened) {
    const raw = requireString(parsed, 'step', context);
    const crisisId = await crisisOf(parsed, service, context);
    const { checklist } = (await service.get(crisisId)).state;
    const item = /^[1-9]\d{0,3}$/.test(raw) ? checklist[Number(raw) - 1] : undefined;
    if (item === undefined) throw usage(context, context.t('cli.crisis.badStep', { step: raw, count: checklist.length }));
    const reason = optional(parsed, 'not-applicable');
    const by = optional(parsed, 'by');
    return appendAndReport(
      service,
      crisisId,
      {
        kind: 'step-ticked',
        data: {
          scenarioId: item.scenarioId,
          stepIndex: item.stepIndex,
          state: reason === undefined ? 'done' : 'not-applicable',
          ...(reason === undefined ? {} : { reason }),
          at: opened.platform.now().toISOString(),
          ...(by === undefined ? {} : { by }),
        },
      },
      context,
    );
  },

  async unavailable(parsed, service, context, opened) {
    const reason = optional(parsed, 'reason') ?? 'other';
    if (!(unavailabilityReasons as readonly string[]).includes(reason)) {
      throw usage(context, context.t('cli.crisis.badReason', { reason, reasons: unavailabilityReasons.join(', ') }));
    }
    const until = moment(parsed, 'until', context);
    const personId = requireString(parsed, 'person', context);
    return appendAndReport(
      service,
      await crisisOf(parsed, service, context),
      {
        kind: 'availability',
        data: {
          state: 'unavailable',
          personId,
          from: moment(parsed, 'from', context) ?? opened.platform.now().toISOString(),
          ...(until === undefined ? {} : { until }),
          reason: reason as (typeof unavailabilityReasons)[number],
        },
      },
      context,
    );
  },

  async close(parsed, service, context, opened) {
    const crisisId = await crisisOf(parsed, service, context);
    const at = moment(parsed, 'at', context);
    const view = await service.close({ crisisId, by: optional(parsed, 'by') ?? opened.platform.deviceName(), ...(at === undefined ? {} : { at }) });
    context.io.out(context.t('cli.crisis.closed', { crisisId, at: view.state.closed?.at ?? '' }));
    return exitCodes.ok;
  },
} satisfies Record<string, Writer>));

type Reader = (parsed: ParsedCommand, service: CrisisService, context: CliContext, opened: OpenedDataDir) => Promise<number>;

const readers = new Map<string, Reader>(Object.entries({
  async status(parsed, service, context) {
    const view = await service.get(await crisisOf(parsed, service, context));
    if (parsed.values['json'] === true) context.io.out(terminalJson(view));
    else printCrisisStatus(view, context);
    return exitFor(view);
  },

  async list(_parsed, service, context) {
    const list = await service.list();
    printCrisisList(list, context);
    return list.some((crisis) => crisis.problemCount > 0) ? exitCodes.invalid : exitCodes.ok;
  },

  async export(parsed, service, context, opened) {
    const [, format, ...extra] = parsed.positionals;
    const exporter = format === undefined ? undefined : crisisExportFormats.get(format);
    if (exporter === undefined || extra.length > 0) throw usage(context);
    const crisisId = await crisisOf(parsed, service, context);
    await exporter(opened, crisisId, parsed, context);
    return exitFor(await service.get(crisisId));
  },
} satisfies Record<string, Reader>));

/**
 * `draaiboek crisis start|log|decide|tick|unavailable|status|close|list|export`: crisis mode on the command line,
 * over the same services as the app. Writing commands take the folder's lock; status, list and export only read.
 */
export const crisisCommand: Command = {
  options: {
    ...dataDirOption,
    crisis: { type: 'string' },
    scenario: { type: 'string', multiple: true },
    other: { type: 'string' },
    exercise: { type: 'boolean' },
    at: { type: 'string' },
    by: { type: 'string' },
    role: { type: 'string' },
    text: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    rationale: { type: 'string' },
    step: { type: 'string' },
    'not-applicable': { type: 'string' },
    person: { type: 'string' },
    until: { type: 'string' },
    reason: { type: 'string' },
    json: { type: 'boolean' },
    out: { type: 'string' },
    language: { type: 'string' },
  },
  async run(parsed, context) {
    const [subcommand] = parsed.positionals;
    const writer = subcommand === undefined ? undefined : writers.get(subcommand);
    const reader = subcommand === undefined ? undefined : readers.get(subcommand);
    if (writer === undefined && reader === undefined) throw usage(context);
    if (writer !== undefined && parsed.positionals.length > 1) throw usage(context);
    const opened = await openForCli(requireDataDir(parsed, context), context, writer === undefined ? 'read' : 'write');
    try {
      const service = createCrisisService(opened);
      return await (writer ?? reader ?? (() => Promise.resolve(exitCodes.usage)))(parsed, service, context, opened);
    } finally {
      await opened.close();
    }
  },
};
