import type { CrisisSummary, CrisisView } from '../../../shared/crisis/crisis-contract.js';
import type { MessageKey } from '../../../shared/i18n/index.js';
import type { CliContext } from '../cli-io.js';

/*
 * `crisis status` and `crisis list` as text: what a crisis-team member reads at a terminal when the app is not
 * at hand. Every text from the log goes through the terminal translator, which shows control characters.
 */

export function printCrisisStatus(view: CrisisView, context: CliContext): void {
  const { io, t } = context;
  const { state } = view;
  const activation = state.activation;
  io.out(
    t(state.exercise ? 'cli.crisis.statusTitleExercise' : 'cli.crisis.statusTitle', {
      crisisId: state.crisisId,
      scenarios: state.activations.flatMap((item) => item.scenarioNames).join(', ') || (activation?.other?.description ?? '-'),
    }),
  );
  if (activation !== undefined) io.out(t('cli.crisis.activated', { at: activation.at, by: activation.by }));
  if (state.closed !== undefined) io.out(t('cli.crisis.closedAt', { at: state.closed.at, by: state.closed.by }));

  io.out(t('cli.crisis.checklistTitle', { count: state.checklist.length }));
  state.checklist.forEach((item, index) => {
    const key: MessageKey = item.state === 'done' ? 'cli.crisis.stepDone' : item.state === 'not-applicable' ? 'cli.crisis.stepNotApplicable' : item.overdue ? 'cli.crisis.stepOverdue' : 'cli.crisis.stepOpen';
    io.out(t(key, { n: index + 1, text: item.text, due: item.dueAt ?? '-', role: item.ownerRoleName ?? '-', by: item.by ?? '-', reason: item.reason ?? '' }));
  });

  io.out(t('cli.crisis.logTitle', { count: state.logEntries.length }));
  for (const entry of state.logEntries) {
    io.out(t(entry.correctedBy.length > 0 ? 'cli.crisis.logEntryCorrected' : 'cli.crisis.logEntry', { at: entry.at, from: entry.from ?? '-', to: entry.to ?? '-', message: entry.message }));
  }
  io.out(t('cli.crisis.decisionsTitle', { count: state.decisions.length }));
  for (const decision of state.decisions) {
    io.out(t('cli.crisis.decision', { at: decision.at, decision: decision.decision, by: decision.decidedBy ?? '-', rationale: decision.rationale ?? '-' }));
  }
  const away = state.availability.filter((person) => !person.availableNow);
  io.out(t('cli.crisis.availabilityTitle', { count: away.length }));
  for (const person of away) io.out(t('cli.crisis.unavailablePerson', { name: person.personName, from: person.from, until: person.until ?? '-', reason: person.reason ?? '-' }));
  for (const role of state.staffing) {
    if (role.uncovered) io.out(t('cli.crisis.roleUncovered', { role: role.roleName }));
    else if (role.deputyStandsIn) io.out(t('cli.crisis.deputyStandsIn', { role: role.roleName, name: role.standingInName ?? role.standingInPersonId ?? '-' }));
  }
  for (const process of state.processesWithoutStaff) io.out(t('cli.crisis.processWithoutStaff', { name: process.name }));

  for (const warning of view.clockWarnings) io.err(t('cli.crisis.clockAhead', { fingerprint: warning.deviceFingerprint, time: warning.time }));
  if (view.problems.length > 0) {
    io.err(t('cli.crisis.problemsTitle', { count: view.problems.length }));
    for (const problem of view.problems) {
      io.err(
        t(problem.kept ? 'cli.crisis.problemKept' : 'cli.crisis.problemRefused', {
          reason: t(`cli.crisis.reason.${problem.reason}`),
          device: problem.deviceFingerprint === undefined ? '?' : `${problem.deviceFingerprint}${problem.deviceName === undefined ? '' : ` (${problem.deviceName})`}`,
          time: problem.time ?? '?',
          line: problem.line ?? '-',
        }),
      );
    }
  }
}

export function printCrisisList(list: readonly CrisisSummary[], context: CliContext): void {
  const { io, t } = context;
  if (list.length === 0) {
    io.out(t('cli.crisis.listNone'));
    return;
  }
  for (const crisis of list) {
    io.out(
      t(crisis.closedAt === undefined ? 'cli.crisis.listOpen' : 'cli.crisis.listClosed', {
        crisisId: crisis.crisisId,
        at: crisis.activatedAt ?? '-',
        scenarios: crisis.scenarioNames.join(', ') || (crisis.other ?? '-'),
        kind: t(crisis.exercise ? 'cli.crisis.exercise' : 'cli.crisis.real'),
        count: crisis.eventCount,
        problems: crisis.problemCount,
      }),
    );
  }
}
