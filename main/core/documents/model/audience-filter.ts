import type { Audience } from '../../../../shared/plan/vocabularies.js';
import type { Phone } from '../../../../shared/plan/entities.js';
import type { PlanContent } from '../../../../shared/plan/plan.js';

/**
 * Whether a phone number may be printed for this audience. A private number is personal data (AVG): it goes
 * only to the crisis team, and only when the holder's consent is recorded. Everyone else sees work numbers.
 */
export function phoneVisibleTo(phone: Phone, audience: Audience): boolean {
  if (!phone.private) return true;
  return audience === 'crisis-team' && phone.consentRecordedOn !== undefined;
}

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
