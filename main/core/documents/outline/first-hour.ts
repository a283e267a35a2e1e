import { shortRoleName, type DocumentModel } from '../model/document-model.js';
import { formatDuration } from '../model/format.js';
import { heading, list, paragraphs, type Block } from './blocks.js';
import { optionalPhone, primaryPhone } from './contact-lines.js';

/** "Name (Role): 06 40001001" for the people who may activate the plan. */
export function activatorLines(model: DocumentModel): string[] {
  return model.content.roles
    .filter((role) => role.mayActivate)
    .flatMap((role) => [role.primaryPersonId, ...role.deputyPersonIds].map((personId) => ({ role, personId })))
    .flatMap(({ role, personId }) => {
      const person = model.person(personId);
      if (person === undefined) return [];
      const phone = primaryPhone(person);
      const who = `${person.name} (${shortRoleName(role)})`;
      return [phone === undefined ? who : `${who}: ${optionalPhone(phone.number)}`];
    });
}

/** The names of the people who may activate the plan, holders first. */
export function activatorNames(model: DocumentModel): string[] {
  const ids = model.content.roles
    .filter((role) => role.mayActivate)
    .flatMap((role) => [role.primaryPersonId, ...role.deputyPersonIds])
    .filter((id): id is string => id !== undefined);
  return [...new Set(ids)].map((id) => model.personName(id));
}

/** Who starts the alert: the roots of the call tree, with their number. */
export function alertStarterLines(model: DocumentModel): string[] {
  return model.callTree
    .filter((node) => !node.unreached)
    .flatMap((node) => {
      const person = model.person(node.entry.personId);
      if (person === undefined) return [];
      const phone = primaryPhone(person);
      return [phone === undefined ? person.name : `${person.name}: ${optionalPhone(phone.number)}`];
    });
}

/** Chapter 1, the first-hour card: when to activate, who may, how to alert, and the first actions. */
export function firstHourBlocks(model: DocumentModel, level: 1 | 2 = 1): Block[] {
  const { t, content } = model;
  const sub = level === 1 ? 2 : 3;
  const blocks: Block[] = [heading(level, t('documents.chapter.firstHour'), true)];
  blocks.push(heading(sub, t('documents.firstHour.activation')));
  blocks.push(
    ...list(
      content.scenarios.flatMap((scenario) =>
        scenario.activationCriteria.map((criterion) => `${scenario.name}: ${criterion}`),
      ),
    ),
  );
  blocks.push(heading(sub, t('documents.firstHour.mandate')), ...list(activatorLines(model)));
  blocks.push(heading(sub, t('documents.firstHour.alerting')));
  blocks.push({ type: 'paragraph', text: t('documents.firstHour.alertStart') }, ...list(alertStarterLines(model)));
  blocks.push(...paragraphs(content.meta.alertMessage));
  blocks.push(heading(sub, t('documents.firstHour.firstActions')));
  for (const scenario of content.scenarios) {
    const steps = scenario.steps.filter((step) => step.phase === 'first-hour');
    if (steps.length === 0) continue;
    blocks.push({ type: 'paragraph', text: scenario.name, emphasis: 'strong' });
    blocks.push(
      ...list(
        steps.map((step) => {
          const detail = [model.roleName(step.ownerRoleId), formatDuration(step.deadline, t, model.language)]
            .filter((part) => part !== '')
            .join(', ');
          return detail === '' ? step.text : `${step.text} (${detail})`;
        }),
      ),
    );
  }
  return blocks;
}
