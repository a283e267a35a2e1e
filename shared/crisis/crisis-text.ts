import { z } from 'zod';
import { hasUnsafeDisplayText } from '../text-safety.js';

/*
 * Text in a crisis event is typed by a stressed person and travels to every laptop, signed for good: it is
 * bounded, and it never holds what `shared/text-safety.ts` calls unsafe to show (controls, bidi overrides).
 * No schema here transforms its input: an event is signed as entered, and a transform would make the
 * verified form differ from the stored one.
 */

export const MAX_CRISIS_LINE_CHARS = 300;
export const MAX_CRISIS_TEXT_CHARS = 10_000;

/** A one-line text: a name, a role, a reason. */
export function crisisLineSchema(max = MAX_CRISIS_LINE_CHARS): z.ZodString {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((text) => text.trim().length > 0, 'empty')
    .refine((text) => !hasUnsafeDisplayText(text), 'holds control characters or bidi overrides');
}

/** A text of several lines (a message, a rationale): newlines allowed, no other control character. */
export function crisisTextSchema(max = MAX_CRISIS_TEXT_CHARS): z.ZodString {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((text) => text.trim().length > 0, 'empty')
    .refine((text) => !hasUnsafeDisplayText(text.replace(/\n/g, ' ')), 'holds control characters or bidi overrides');
}
