import { callTreeProgress } from '../../../../shared/cycle/call-tree-progress.js';
import { COVERAGE_YEARS, coverageMatrix, heldExercises } from '../../../../shared/cycle/coverage.js';
import { isOpenAction } from '../../../../shared/cycle/improvement-actions.js';
import { enumLabels } from '../../../../shared/i18n/enum-labels.js';
import { addYears } from '../../../../shared/plan/calendar.js';
import { effectiveDates, latestApproval } from '../../../../shared/plan/effective-dates.js';
import { personLastVerified } from '../../../../shared/plan/person-verification.js';
import { todayInAmsterdam } from '../../../../shared/plan/today.js';
import { fingerprintOf } from '../../crypto/keys.js';
import type { DocumentModel } from '../model/document-model.js';
import { fields, heading, list, type Block } from './blocks.js';

/*
 * The evidence pack (verantwoording) for the auditor and the college: each section opens with the one line
 * naming the control it answers. It states what the plan records; it gives no legal advice.
 */

function controlLine(model: DocumentModel, controls: string): Block {
  return { type: 'paragraph', text: model.t('cycle.evidence.answers', { controls }), emphasis: 'small' };
}

function approvalBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const latest = latestApproval(content);
  const dates = effectiveDates(content);
  // The revision adopted, not whether today's content still is: a document's content is filtered for its audience.
  const state =
    latest === undefined ? t('cycle.evidence.notAdopted') : t('cycle.evidence.adopted', { revision: latest.revision, date: model.day(latest.date) });
  const approvals = [...content.approvals].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.revision - a.revision));
  return [
    heading(1, t('cycle.evidence.status')),
    controlLine(model, 'BIO2 5.30.01, ISO 22301 8.5'),
    fields([
      [t('cycle.evidence.currentRevision'), String(model.revision)],
      [t('cycle.evidence.adoption'), state],
      [t('cycle.evidence.reviewDue'), model.day(dates.reviewDue)],
      [t('cycle.evidence.validUntil'), model.day(dates.validUntil)],
    ]),
    ...(approvals.length === 0
      ? [{ type: 'paragraph', text: t('cycle.evidence.noApprovals') } satisfies Block]
      : [
          {
            type: 'table',
            // Wide enough that "Revisie" and a decision number such as "B&W 2026-0412" stay whole on A4.
            columns: [
              { title: t('cycle.evidence.column.date'), width: 4 },
              { title: t('cycle.evidence.column.body'), width: 5 },
              { title: t('cycle.evidence.column.reference'), width: 5 },
              { title: t('cycle.evidence.column.revision'), width: 3 },
              { title: t('cycle.evidence.column.signer'), width: 5 },
              { title: t('cycle.evidence.column.contentHash'), width: 5 },
            ],
            rows: approvals.map((approval) => [
              model.day(approval.date),
              approval.bodyName ?? t(enumLabels.approvalBody[approval.body]),
              approval.reference ?? '',
              String(approval.revision),
              fingerprintOf(approval.revisionSignerKeyid),
              approval.contentHash.slice(0, 16),
            ]),
          } satisfies Block,
        ]),
  ];
}

function exerciseBlocks(model: DocumentModel, today: string): Block[] {
  const { t, content } = model;
  const since = addYears(today, -COVERAGE_YEARS);
  const held = heldExercises(content, today).filter((exercise) => exercise.date >= since).reverse();
  const planned = content.exercises.filter((exercise) => exercise.status === 'planned' && exercise.date >= today);
  const rows = [...planned, ...held].map((exercise) => [
    model.day(exercise.date),
    exercise.title,
    t(enumLabels.exerciseKind[exercise.kind]),
    t(enumLabels.exerciseStatus[exercise.status]),
    [exercise.result ?? '', ...exercise.findings].filter((line) => line !== ''),
  ]);
  return [
    heading(1, t('cycle.evidence.exercises', { years: COVERAGE_YEARS })),
    controlLine(model, 'BIO2 5.30.01, ISO 22301 8.5, Cbw art. 21'),
    rows.length === 0
      ? { type: 'paragraph', text: t('cycle.evidence.noExercises') }
      : {
          type: 'table',
          // The kind and status columns hold one word each ("Alarmeringstest", "Geannuleerd"): never split.
          columns: [
            { title: t('cycle.evidence.column.date'), width: 4 },
            { title: t('cycle.evidence.column.exercise'), width: 8 },
            { title: t('cycle.evidence.column.kind'), width: 6 },
            { title: t('cycle.evidence.column.status'), width: 5 },
            { title: t('cycle.evidence.column.result'), width: 12 },
          ],
          rows,
        },
  ];
}

function coverageBlocks(model: DocumentModel, today: string): Block[] {
  const { t, content } = model;
  const matrix = coverageMatrix(content, today);
  return [
    heading(1, t('cycle.evidence.coverage')),
    controlLine(model, 'ISO 22301 8.5, BIO2 5.30.01'),
    {
      type: 'table',
      columns: [
        { title: t('cycle.evidence.column.record'), width: 5 },
        { title: t('cycle.evidence.column.type'), width: 2 },
        { title: t('cycle.evidence.column.count', { years: COVERAGE_YEARS }), width: 2 },
        { title: t('cycle.evidence.column.lastExercised'), width: 2 },
      ],
      rows: matrix.rows.map((row) => [
        row.name,
        t(enumLabels.referenceTarget[row.collection]),
        String(row.exerciseIds.length),
        row.lastExercised === undefined ? t('cycle.evidence.never') : model.day(row.lastExercised),
      ]),
    },
  ];
}

function callTreeBlocks(model: DocumentModel, today: string): Block[] {
  const { t, content } = model;
  const tests = heldExercises(content, today).filter((exercise) => exercise.callTree !== undefined).reverse();
  const minutes = (value: number | undefined) => (value === undefined ? '-' : t('cycle.evidence.minutes', { minutes: value }));
  return [
    heading(1, t('cycle.evidence.callTree')),
    controlLine(model, 'BIO2 5.30.01, Cbw art. 21'),
    tests.length === 0
      ? { type: 'paragraph', text: t('cycle.evidence.noCallTreeTests') }
      : {
          type: 'table',
          columns: [
            { title: t('cycle.evidence.column.date'), width: 2 },
            { title: t('cycle.evidence.column.reached'), width: 3 },
            { title: t('cycle.evidence.column.median'), width: 2 },
            { title: t('cycle.evidence.column.slowest'), width: 2 },
            { title: t('cycle.evidence.column.targets'), width: 6 },
          ],
          rows: tests.map((exercise) => {
            const figures = callTreeProgress(content, exercise.callTree ?? { startedAt: `${exercise.date}T00:00:00.000Z`, results: [] });
            return [
              model.day(exercise.date),
              t('cycle.evidence.reachedLine', {
                share: figures.sharePercent,
                reached: figures.reached,
                total: figures.total,
                wrong: figures.wrongNumber,
                missed: figures.notReached,
              }),
              minutes(figures.medianMinutes),
              minutes(figures.slowestMinutes),
              figures.targets.map(
                (outcome) =>
                  `${t('cycle.target', { share: outcome.target.share, who: t(enumLabels.callTreeTargetGroup[outcome.target.who]), minutes: outcome.target.withinMinutes })}: ${t(outcome.met ? 'cycle.evidence.met' : 'cycle.evidence.notMet')}`,
              ),
            ];
          }),
        },
  ];
}

function verificationBlocks(model: DocumentModel, today: string): Block[] {
  const { t, content } = model;
  const sixMonthsAgo = new Date(Date.parse(`${today}T12:00:00Z`) - 182 * 86_400_000).toISOString().slice(0, 10);
  const yearAgo = addYears(today, -1);
  const counts = { recent: 0, older: 0, stale: 0, never: 0 };
  for (const person of content.people) {
    const day = personLastVerified(person);
    if (day === undefined) counts.never += 1;
    else if (day > sixMonthsAgo) counts.recent += 1;
    else if (day > yearAgo) counts.older += 1;
    else counts.stale += 1;
  }
  const flagged = content.people.flatMap((person) =>
    person.phones.filter((phone) => phone.wrongNumberFlaggedOn !== undefined).map(() => person.name),
  );
  return [
    heading(1, t('cycle.evidence.verification')),
    controlLine(model, 'BIO2 5.30.01'),
    fields([
      [t('cycle.evidence.verifiedRecent'), String(counts.recent)],
      [t('cycle.evidence.verifiedOlder'), String(counts.older)],
      [t('cycle.evidence.verifiedStale'), String(counts.stale)],
      [t('cycle.evidence.verifiedNever'), String(counts.never)],
      [t('cycle.evidence.wrongNumbers'), String(flagged.length)],
    ]),
  ];
}

function actionBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  const exerciseTitle = new Map(content.exercises.map((exercise) => [exercise.id, exercise.title]));
  const ordered = [...content.improvementActions.filter(isOpenAction), ...content.improvementActions.filter((action) => !isOpenAction(action))];
  return [
    heading(1, t('cycle.evidence.actions')),
    controlLine(model, 'ISO 22301 8.6, ISO 22301 10.1'),
    ordered.length === 0
      ? { type: 'paragraph', text: t('cycle.evidence.noActions') }
      : {
          type: 'table',
          columns: [
            { title: t('cycle.evidence.column.action'), width: 6 },
            { title: t('cycle.evidence.column.owner'), width: 3 },
            { title: t('cycle.evidence.column.due'), width: 2 },
            { title: t('cycle.evidence.column.status'), width: 2 },
            { title: t('cycle.evidence.column.source'), width: 3 },
          ],
          rows: ordered.map((action) => [
            action.text,
            action.ownerPersonId === undefined ? (action.notes ?? '') : model.personName(action.ownerPersonId),
            model.day(action.dueDate),
            t(enumLabels.actionStatus[action.status]),
            action.sourceCrisis?.title ?? (action.sourceExerciseId === undefined ? '' : (exerciseTitle.get(action.sourceExerciseId) ?? '')),
          ]),
        },
  ];
}

function distributionBlocks(model: DocumentModel): Block[] {
  const { t, content } = model;
  return [
    heading(1, t('cycle.evidence.distribution')),
    controlLine(model, 'ISO 22301 7.5'),
    ...(content.meta.distribution.length === 0
      ? [{ type: 'paragraph', text: t('cycle.evidence.noDistribution') } satisfies Block]
      : list(
          content.meta.distribution.map((entry) =>
            [entry.copyNumber === undefined ? '' : `#${entry.copyNumber}`, entry.holder, t(enumLabels.copyMedium[entry.medium])]
              .filter((part) => part !== '')
              .join(' · '),
          ),
        )),
  ];
}

/** The whole evidence pack, as of the day it is printed. */
export function evidenceOutline(model: DocumentModel): Block[] {
  const today = todayInAmsterdam(model.options.printedAt);
  return [
    { type: 'paragraph', text: model.t('cycle.evidence.intro') },
    ...approvalBlocks(model),
    ...exerciseBlocks(model, today),
    ...coverageBlocks(model, today),
    ...callTreeBlocks(model, today),
    ...verificationBlocks(model, today),
    ...actionBlocks(model),
    ...distributionBlocks(model),
  ];
}
