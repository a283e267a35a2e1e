import type { ChecklistItem, CrisisState, DecisionView, FollowUpView, LogEntryView, PersonAvailability, RoleStaffing } from './crisis-state.js';

/*
 * What a handover hands over: the open checklist items, the decisions since the last handover, the open
 * follow-up actions, who is away and who stands in, and the last log entries. One source for the screen and
 * the printed page.
 */

export const HANDOVER_LAST_ENTRIES = 8;

export interface HandoverSummary {
  /** The moment of the last handover, when there was one: decisions are counted from it. */
  readonly since?: string;
  readonly openItems: readonly ChecklistItem[];
  readonly decisions: readonly DecisionView[];
  readonly followUps: readonly FollowUpView[];
  readonly away: readonly PersonAvailability[];
  readonly standingIn: readonly RoleStaffing[];
  readonly lastEntries: readonly LogEntryView[];
}

export function handoverSummaryOf(state: CrisisState): HandoverSummary {
  const last = state.handovers.at(-1);
  const sinceMs = last === undefined ? undefined : Date.parse(last.at);
  const standing = (entry: { correctedBy: readonly string[] }) => entry.correctedBy.length === 0;
  return {
    ...(last === undefined ? {} : { since: last.at }),
    openItems: state.checklist.filter((item) => item.state === 'open'),
    decisions: state.decisions.filter((decision) => standing(decision) && (sinceMs === undefined || Date.parse(decision.at) >= sinceMs)),
    followUps: state.followUps,
    away: state.availability.filter((entry) => !entry.availableNow),
    standingIn: state.staffing.filter((role) => role.deputyStandsIn),
    lastEntries: state.logEntries.filter(standing).slice(-HANDOVER_LAST_ENTRIES).reverse(),
  };
}
