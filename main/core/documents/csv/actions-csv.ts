import type { DocumentModel } from '../model/document-model.js';
import { csvText } from './csv-text.js';

/** The columns, in order: stable names, so a spreadsheet or a script can rely on them in either language. */
export const ACTION_CSV_COLUMNS = ['id', 'text', 'owner', 'due', 'status', 'source', 'concerns', 'closed'] as const;

/** The improvement actions as CSV (spelled as `csv-text.ts` says), one row per action, with a header row. */
export function actionsCsv(model: DocumentModel): string {
  const { content } = model;
  const exerciseTitle = new Map(content.exercises.map((exercise) => [exercise.id, exercise.title]));
  const rows = content.improvementActions.map((action) => [
    action.id,
    action.text,
    action.ownerPersonId === undefined ? '' : model.personName(action.ownerPersonId),
    action.dueDate ?? '',
    action.status,
    action.sourceCrisis?.title ?? (action.sourceExerciseId === undefined ? '' : (exerciseTitle.get(action.sourceExerciseId) ?? action.sourceExerciseId)),
    action.concerns.map((ref) => `${ref.collection}/${ref.id}`).join('; '),
    action.closedOn ?? '',
  ]);
  return csvText(ACTION_CSV_COLUMNS, rows);
}
