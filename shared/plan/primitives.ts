import { z } from 'zod';

/**
 * Record ids are stable for the life of a record. UUIDs for records made in the app, readable slugs for
 * hand-written plans (the sample plan uses `rol-burgemeester`): both fit this pattern, and nothing that
 * could be a path or a prototype key does.
 */
// `constructor` and `prototype` are refused: as object keys (stamps are keyed by id) they are prototype names.
export const ID_PATTERN = /^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9-]{0,63}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'id: lowercase letters, digits and hyphens, at most 64');
export type Id = z.infer<typeof idSchema>;

/** A calendar date (no time), as the plan's review and verification dates are days, not instants. */
export const dateSchema = z.iso.date();
export type IsoDate = z.infer<typeof dateSchema>;

/** An instant, always UTC. */
export const timestampSchema = z.iso.datetime({ offset: false });

/** Phone numbers are stored in E.164 (+31612345678) and shown in national format. */
export const e164Schema = z.string().regex(/^\+[1-9]\d{6,14}$/, 'phone number must be E.164, like +31612345678');

export const emailSchema = z.email();

/** Free text from the plan. Bounded so one field cannot blow up a document or a bundle. */
export const textSchema = z.string().max(20_000);
export const nameSchema = z.string().trim().min(1).max(300);

export const durationUnits = ['minutes', 'hours', 'days', 'weeks'] as const;
export const durationUnitSchema = z.enum(durationUnits);
export type DurationUnit = z.infer<typeof durationUnitSchema>;

/** A BIA duration as the coordinator writes it ("3 days"), kept with its unit. */
export const durationSchema = z.strictObject({
  value: z.number().nonnegative().max(100_000),
  unit: durationUnitSchema,
});
export type Duration = z.infer<typeof durationSchema>;

const minutesPerUnit: Record<DurationUnit, number> = {
  minutes: 1,
  hours: 60,
  days: 60 * 24,
  weeks: 60 * 24 * 7,
};

/** Durations compare in minutes; working days are not modelled, a deadline in days is calendar days. */
export function durationToMinutes(duration: Duration): number {
  return duration.value * minutesPerUnit[duration.unit];
}
