import type { DocumentModel } from '../model/document-model.js';

/** The columns, in order: stable names, so a spreadsheet or a script can rely on them in either language. */
export const ACTION_CSV_COLUMNS = ['id', 'text', 'owner', 'due', 'status', 'source', 'concerns', 'closed'] as const;

/**
 * One CSV field (RFC 4180). A spreadsheet runs a cell that starts with = + - or @ as a formula, so such a cell
 * gets a leading apostrophe: the text is shown, never executed.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** The improvement actions as CSV, one row per action, CRLF line ends (RFC 4180), with a header row. */
export function actionsCsv(model: DocumentModel): string {
  const { content } = model;
  const exerciseTitle = new Map(content.exercises.map((exercise) => [exercise.id, exercise.title]));
  const rows = content.improvementActions.map((action) =>
    csvLine([
      action.id,
      action.text,
      action.ownerPersonId === undefined ? '' : model.personName(action.ownerPersonId),
      action.dueDate ?? '',
      action.status,
      action.sourceCrisis?.title ?? (action.sourceExerciseId === undefined ? '' : (exerciseTitle.get(action.sourceExerciseId) ?? action.sourceExerciseId)),
      action.concerns.map((ref) => `${ref.collection}/${ref.id}`).join('; '),
      action.closedOn ?? '',
    ]),
  );
  return `${[csvLine(ACTION_CSV_COLUMNS), ...rows].join('\r\n')}\r\n`;
}
