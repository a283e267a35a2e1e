import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionalPhone } from '../../main/core/documents/outline/contact-lines.js';
import { formatPhone as screenPhone } from './phone-display.js';
import { planContentSchema } from './plan.js';

/*
 * The screen (renderer) and the paper (the document outline behind Word, print and Markdown) show the same
 * plan: each rule they share has one home in shared/plan, and here they are held to agree on the sample plan.
 */
const sample = planContentSchema.parse(JSON.parse(readFileSync(new URL('../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')));

function everyNumber(): string[] {
  const numbers = [
    ...sample.people.flatMap((person) => person.phones.map((phone) => phone.number)),
    ...sample.organisations.flatMap((organisation) => [organisation.phone, organisation.line24x7]),
    ...sample.locations.map((location) => location.phone),
    sample.meta.generalPhone,
  ];
  return [...new Set(numbers.filter((number): number is string => number !== undefined))];
}

describe('screen and paper agree on the sample plan', () => {
  it('show every phone number the same way', () => {
    const numbers = everyNumber();
    expect(numbers.length).toBeGreaterThan(100);
    const disagreements = numbers.filter((number) => screenPhone(number) !== optionalPhone(number));
    expect(disagreements.map((number) => `${number}: ${screenPhone(number)} / ${optionalPhone(number)}`)).toEqual([]);
  });
});
