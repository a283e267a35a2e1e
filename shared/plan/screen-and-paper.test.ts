import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from '../../main/core/documents/model/document-model.js';
import { signedPlanOf } from '../../main/core/documents/test-support/signed-plan-of.js';
import { optionalPhone } from '../../main/core/documents/outline/contact-lines.js';
import { formatPhone as screenPhone } from './phone-display.js';
import { buildCallTree, flattenCallTree, type CallTreeNode } from './call-tree.js';
import { collectReferences } from './health/references.js';
import { planContentSchema, type CollectionName, type PlanContent } from './plan.js';
import { recordLabels } from './record-names.js';

/*
 * The screen (renderer) and the paper (the document outline behind Word, print and Markdown) show the same
 * plan: each rule they share has one home in shared/plan, and here they are held to agree on the sample plan.
 */
const sample = planContentSchema.parse(JSON.parse(readFileSync(new URL('../../resources/sample/voorbeeldstad.plan.json', import.meta.url), 'utf8')));

/** The model every printable, the Word plan and the Markdown export are rendered from. */
function paperModel(content: PlanContent) {
  return buildDocumentModel(signedPlanOf(content), {
    audience: 'crisis-team',
    language: 'nl',
    signerFingerprint: '0000 0000 0000 0000',
    printedAt: new Date('2026-11-29T15:00:00Z'),
  });
}

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

  it('draw the same call tree, ties in calling order broken the same way, whatever the order of the records', () => {
    const line = ({ node, depth }: { node: CallTreeNode; depth: number }) => (node.unreached ? `unreached:${node.entry.id}` : `${depth}:${node.entry.id}`);
    // The call tree editor draws the roots, then lists the unreached apart.
    const screenLines = (content: PlanContent) => {
      const model = buildCallTree(content.callTree);
      return [...flattenCallTree(model.roots), ...flattenCallTree(model.unreached)].map(line);
    };
    // Every printable and the Word plan draw the document model's call tree.
    const paperLines = (content: PlanContent) => flattenCallTree(paperModel(content).callTree).map(line);
    const reversed = { ...sample, callTree: [...sample.callTree].reverse() };
    // Every caller's people tied in calling order: only the tie order decides.
    const tied = { ...sample, callTree: reversed.callTree.map((entry) => ({ ...entry, order: 0 })) };
    for (const content of [sample, reversed, tied]) {
      expect(screenLines(content)).toEqual(paperLines(content));
    }
    expect(screenLines(reversed)).toEqual(screenLines(sample));
  });

  it('name every record a reference points to the same way', () => {
    const paper = paperModel(sample);
    const paperName: Partial<Record<CollectionName, (id: string) => string>> = {
      people: paper.personName,
      roles: paper.roleName,
      organisations: paper.organisationName,
      applications: paper.applicationName,
      locations: paper.locationName,
    };
    let compared = 0;
    for (const reference of collectReferences(sample)) {
      const name = paperName[reference.target];
      if (name === undefined) continue;
      // The editor's reference pickers label their options with recordLabels.
      const screen = recordLabels(sample, reference.target).find((option) => option.id === reference.id)?.label;
      expect(screen, `${reference.collection}.${reference.field}`).toBe(name(reference.id));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
