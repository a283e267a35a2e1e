import type { Audience } from '../../../../shared/plan/vocabularies.js';
import { phoneVisibleTo } from '../../../../shared/plan/phone-display.js';
import type { PlanContent } from '../../../../shared/plan/plan.js';

/** The rule lives with the other rules for showing a number, so the screens follow the paper. */
export { phoneVisibleTo };

/**
 * The plan as this audience may see it. Applied once, when the document model is made, so no renderer can
 * forget it: nothing downstream ever holds a number the audience must not get.
 */
export function contentForAudience(content: PlanContent, audience: Audience): PlanContent {
  return {
    ...content,
    people: content.people.map((person) => {
      const phones = person.phones.filter((phone) => phoneVisibleTo(phone, audience));
      if (audience === 'crisis-team') return { ...person, phones };
      // Free-text notes about a person carry no consent either; they stay within the crisis team.
      const withoutNotes = { ...person, phones };
      delete withoutNotes.notes;
      return withoutNotes;
    }),
  };
}
