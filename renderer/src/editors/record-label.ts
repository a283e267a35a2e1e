import type { CollectionName, PlanContent } from '../../../shared/plan/plan.js';

/** What a record is called in lists and pickers: its name, an exercise's title, a call tree entry's person. */
export function recordLabels(content: PlanContent, collection: CollectionName): { id: string; label: string }[] {
  if (collection === 'callTree') {
    const people = new Map(content.people.map((person) => [person.id, person.name]));
    return content.callTree.map((entry) => ({ id: entry.id, label: people.get(entry.personId) ?? entry.personId }));
  }
  if (collection === 'exercises') return content.exercises.map((exercise) => ({ id: exercise.id, label: `${exercise.title} (${exercise.date})` }));
  return content[collection].map((record) => ({ id: record.id, label: record.name }));
}
