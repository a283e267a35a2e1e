import { formatCrisisClock } from '../../../../shared/crisis/crisis-clock.js';
import type { CrisisView } from '../../../../shared/crisis/crisis-contract.js';
import { isMessageKey, translateRuntime } from '../../../../shared/i18n/index.js';
import type { DocumentModel } from '../model/document-model.js';
import { fields, heading, list, paragraphs, type Block } from '../outline/blocks.js';

/*
 * The crisis record on paper: a cover (which crisis, its period, exercise or real, the laptops and signers that
 * wrote it, how many entries, the hash of the signed record), then the timeline, the decisions, the checklist,
 * the availability and the handovers. Every entry of the log is in it; corrected entries stay, marked.
 */

export interface CrisisRecordFacts {
  /** SHA-256 of the signed record file (the archive copy): names exactly which record this paper shows. */
  readonly sha256: string;
  readonly eventCount: number;
}

export function crisisTitle(view: CrisisView, model: DocumentModel): string {
  const { state } = view;
  const names = state.activations.flatMap((activation) => [...activation.scenarioNames, ...(activation.other === undefined ? [] : [activation.other.description])]);
  return names.length === 0 ? model.t('documents.crisis.untitled') : [...new Set(names)].join(' + ');
}

function clock(model: DocumentModel, iso: string | undefined): string {
  return iso === undefined ? '—' : formatCrisisClock(iso, model.language);
}

/** A key built from data of the log: its text when the catalogs have it, else the key's last part. */
function runtimeText(model: DocumentModel, key: string): string {
  return isMessageKey(key) ? translateRuntime(model.t, key) : (key.split('.').pop() ?? key);
}

function kindName(model: DocumentModel, kind: string): string {
  return runtimeText(model, `documents.crisis.kind.${kind}`);
}

/** One line per event of the log, in log order, saying what it was. */
function timelineRows(view: CrisisView, model: DocumentModel): (readonly string[])[] {
  const { state } = view;
  const text = new Map<string, string>();
  const corrected = new Set<string>();
  for (const entry of state.logEntries) {
    text.set(entry.eventId, [entry.message, entry.from === undefined ? '' : model.t('documents.crisis.fromTo', { from: entry.from, to: entry.to ?? '—' }), entry.action ?? ''].filter((part) => part !== '').join(' · '));
    if (entry.correctedBy.length > 0) corrected.add(entry.eventId);
  }
  for (const decision of state.decisions) {
    text.set(decision.eventId, decision.decision);
    if (decision.correctedBy.length > 0) corrected.add(decision.eventId);
  }
  for (const handover of state.handovers) text.set(handover.eventId, `${model.t('documents.crisis.fromTo', { from: handover.from, to: handover.to })}: ${handover.summary}`);
  for (const meeting of state.bobMeetings) text.set(meeting.eventId, meeting.besluitvorming);
  const devices = new Map(view.devices.map((device) => [device.keyid, device.name ?? device.fingerprint]));
  return state.timeline.map((entry) => {
    const marked = corrected.has(entry.eventId) ? ` ${model.t('documents.crisis.corrected')}` : '';
    return [clock(model, entry.at), kindName(model, entry.kind), `${text.get(entry.eventId) ?? ''}${marked}`, devices.get(entry.device) ?? entry.device.slice(0, 16)];
  });
}

export function crisisRecordOutline(view: CrisisView, model: DocumentModel, facts: CrisisRecordFacts): Block[] {
  const { t } = model;
  const { state } = view;
  const period = `${clock(model, state.activation?.at)} – ${state.closed === undefined ? t('documents.crisis.stillOpen') : clock(model, state.closed.at)}`;
  const blocks: Block[] = [
    heading(1, t('documents.crisis.recordTitle', { title: crisisTitle(view, model) })),
    ...(state.exercise ? [{ type: 'paragraph', text: t('documents.crisis.exerciseBanner'), emphasis: 'strong' } as const] : []),
    fields([
      [t('documents.crisis.kindOfCrisis'), state.exercise ? t('documents.crisis.exercise') : t('documents.crisis.real')],
      [t('documents.crisis.period'), period],
      [t('documents.crisis.activatedBy'), state.activation?.by],
      [t('documents.crisis.closedBy'), state.closed?.by],
      [t('documents.crisis.entries'), String(facts.eventCount)],
      [t('documents.crisis.hash'), facts.sha256],
      [t('documents.crisis.refused'), view.problems.length === 0 ? undefined : String(view.problems.length)],
    ]),
    heading(2, t('documents.crisis.devices')),
    {
      type: 'table',
      columns: [{ title: t('documents.crisis.device'), width: 3 }, { title: t('documents.crisis.fingerprint'), width: 4 }, { title: t('documents.crisis.events'), width: 1 }],
      rows: view.devices.map((device) => [device.name ?? '—', device.fingerprint, String(device.eventCount)]),
    },
    heading(2, t('documents.crisis.timeline'), true),
    {
      type: 'table',
      columns: [{ title: t('documents.crisis.time'), width: 2 }, { title: t('documents.crisis.what'), width: 2 }, { title: t('documents.crisis.entry'), width: 7 }, { title: t('documents.crisis.device'), width: 2 }],
      rows: timelineRows(view, model),
    },
    heading(2, t('documents.crisis.decisions')),
    ...(state.decisions.length === 0
      ? paragraphs(t('documents.crisis.none'))
      : [{
          type: 'table' as const,
          columns: [{ title: t('documents.crisis.time'), width: 2 }, { title: t('documents.crisis.decision'), width: 5 }, { title: t('documents.crisis.rationale'), width: 4 }, { title: t('documents.crisis.followUps'), width: 4 }],
          rows: state.decisions.map((decision) => [
            clock(model, decision.at),
            `${decision.decision}${decision.correctedBy.length > 0 ? ` ${t('documents.crisis.corrected')}` : ''}${decision.decidedBy === undefined ? '' : ` (${decision.decidedBy})`}`,
            decision.rationale ?? '',
            decision.followUps.map((followUp) => `${followUp.text}${followUp.ownerName === undefined ? '' : `, ${followUp.ownerName}`}${followUp.due === undefined ? '' : `, ${clock(model, followUp.due)}`}`),
          ]),
        }]),
    ...state.bobMeetings.flatMap((meeting) => [
      heading(3, t('documents.crisis.bob', { at: clock(model, meeting.at) })),
      fields([[t('documents.crisis.beeldvorming'), meeting.beeldvorming], [t('documents.crisis.oordeelsvorming'), meeting.oordeelsvorming], [t('documents.crisis.besluitvorming'), meeting.besluitvorming]]),
    ]),
    heading(2, t('documents.crisis.checklist')),
    {
      type: 'table',
      columns: [{ title: t('documents.crisis.due'), width: 2 }, { title: t('documents.crisis.step'), width: 7 }, { title: t('documents.crisis.state'), width: 4 }],
      rows: state.checklist.map((item) => [
        clock(model, item.dueAt),
        `${item.text} (${item.scenarioName}${item.ownerRoleName === undefined ? '' : `, ${item.ownerRoleName}`})`,
        item.state === 'done'
          ? t('documents.crisis.done', { by: item.by ?? '—', at: clock(model, item.at) })
          : item.state === 'not-applicable'
            ? t('documents.crisis.notApplicable', { reason: item.reason ?? '' })
            : item.overdue ? t('documents.crisis.overdue') : t('documents.crisis.open'),
      ]),
    },
    heading(2, t('documents.crisis.availability')),
    ...(state.availability.length === 0
      ? paragraphs(t('documents.crisis.none'))
      : list(state.availability.map((entry) =>
          entry.state === 'available'
            ? t('documents.crisis.availableFrom', { name: entry.personName, from: clock(model, entry.from) })
            : t('documents.crisis.unavailableFrom', { name: entry.personName, from: clock(model, entry.from), until: entry.until === undefined ? t('documents.crisis.furtherNotice') : clock(model, entry.until), reason: runtimeText(model, `documents.crisis.reason.${entry.reason ?? 'other'}`) }),
        ))),
    ...list(state.staffing.filter((role) => role.deputyStandsIn || role.uncovered).map((role) =>
      role.uncovered ? t('documents.crisis.uncovered', { role: role.roleName }) : t('documents.crisis.standsIn', { role: role.roleName, name: role.standingInName ?? '' }),
    )),
    heading(2, t('documents.crisis.handovers')),
    ...(state.handovers.length === 0
      ? paragraphs(t('documents.crisis.none'))
      : list(state.handovers.map((handover) => `${clock(model, handover.at)}: ${t('documents.crisis.fromTo', { from: handover.from, to: handover.to })}: ${handover.summary}`))),
    ...state.evaluations.flatMap((evaluation) => [
      heading(2, t('documents.crisis.evaluation')),
      fields([[t('documents.crisis.wentWell'), evaluation.wentWell], [t('documents.crisis.toImprove'), evaluation.toImprove]]),
      ...list(evaluation.actions.map((action) => `${action.text} (${action.owner}, ${model.day(action.due)})`)),
    ]),
  ];
  return blocks;
}
