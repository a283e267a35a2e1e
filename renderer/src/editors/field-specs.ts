import {
  actionPhases,
  baseRegisters,
  contactChannels,
  criticalities,
  emailKinds,
  exerciseKinds,
  exerciseStatuses,
  hostingKinds,
  locationKinds,
  organisationKinds,
  phoneKinds,
} from '../../../shared/plan/entities.js';
import { improvementActionStatuses } from '../../../shared/plan/cycle-records.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { copyMedia } from '../../../shared/plan/meta.js';
import { referenceField } from '../../../shared/plan/reference-fields.js';
import type { EditorTarget } from '../router/routes.js';
import type { FieldSpec } from './field-spec.js';

const text = (name: string, required = false): FieldSpec => ({ name, kind: 'text', required });
const area = (name: string): FieldSpec => ({ name, kind: 'textarea' });
const kindOf = (name: string, kind: 'email' | 'phone' | 'date' | 'number' | 'boolean' | 'lines' | 'duration', required = false): FieldSpec => ({ name, kind, required });
/** A reference field of `owner` at `path` (dotted for nested items): which records it names is the schema's word. */
function ref(owner: EditorTarget, path: string): FieldSpec {
  const declared = referenceField(owner, path);
  const name = declared?.path.at(-1);
  if (declared === undefined || name === undefined) throw new Error(`${owner}.${path} is not a reference in the plan schema`);
  // A reference that names its collection beside it is edited with that collection, not as a plain pick list.
  if (typeof declared.target !== 'string') throw new Error(`${owner}.${path} names its collection beside it`);
  return { name, kind: declared.many ? 'references' : 'reference', collection: declared.target };
}

const phones: FieldSpec = {
  name: 'phones',
  kind: 'objects',
  newItem: () => ({ number: '', kind: 'mobile', private: false }),
  fields: [
    kindOf('number', 'phone', true),
    { name: 'kind', kind: 'select', options: phoneKinds, optionLabels: enumLabels.phoneKind, required: true },
    kindOf('private', 'boolean'),
    kindOf('consentRecordedOn', 'date'),
    text('label'),
  ],
};

const emails: FieldSpec = {
  name: 'emails',
  kind: 'objects',
  newItem: () => ({ address: '', kind: 'work' }),
  fields: [
    { name: 'address', kind: 'email', required: true },
    { name: 'kind', kind: 'select', options: emailKinds, optionLabels: enumLabels.emailKind, required: true },
    text('label'),
  ],
};

const steps: FieldSpec = {
  name: 'steps',
  kind: 'objects',
  ordered: true,
  newItem: () => ({ text: '', phase: 'first-hour' }),
  fields: [
    { name: 'text', kind: 'textarea', required: true },
    ref('scenarios', 'steps.ownerRoleId'),
    kindOf('deadline', 'duration'),
    { name: 'phase', kind: 'select', options: actionPhases, optionLabels: enumLabels.actionPhase, required: true },
  ],
};

const legalDeadlines: FieldSpec = {
  name: 'legalDeadlines',
  kind: 'objects',
  newItem: () => ({ description: '' }),
  fields: [text('description', true), kindOf('term', 'duration'), text('source')],
};

/**
 * Fields a form shows nowhere and keeps as they are: a call-tree test's results are written by the test itself
 * (one revision with the numbers it verified) and read on its result sheet, never typed in; what an action
 * concerns is named where the action is made (a record of any collection, which no pick list of one offers).
 */
export const recordedNotEdited: readonly string[] = ['exercises.callTree', 'improvementActions.concerns'];

/** The fields of every editor, in the order a coordinator fills them in. */
export const fieldSpecs: Record<EditorTarget, readonly FieldSpec[]> = {
  people: [
    text('name', true),
    text('jobTitle'),
    text('department'),
    ref('people', 'organisationId'),
    emails,
    phones,
    { name: 'preferredChannel', kind: 'select', options: contactChannels, optionLabels: enumLabels.contactChannel },
    kindOf('lastVerified', 'date'),
    area('notes'),
  ],
  roles: [
    text('name', true),
    text('team'),
    area('description'),
    ref('roles', 'primaryPersonId'),
    ref('roles', 'deputyPersonIds'),
    kindOf('mayActivate', 'boolean'),
    kindOf('tasks', 'lines'),
  ],
  callTree: [
    { ...ref('callTree', 'personId'), required: true },
    ref('callTree', 'callerPersonId'),
    ref('callTree', 'backupCallerPersonId'),
    kindOf('order', 'number'),
  ],
  organisations: [
    text('name', true),
    { name: 'kind', kind: 'select', options: organisationKinds, optionLabels: enumLabels.organisationKind, required: true },
    area('service'),
    text('contractNumber'),
    kindOf('phone', 'phone'),
    kindOf('line24x7', 'phone'),
    kindOf('email', 'email'),
    kindOf('escalation', 'lines'),
    area('notes'),
  ],
  applications: [
    text('name', true),
    area('description'),
    { name: 'hosting', kind: 'select', options: hostingKinds, optionLabels: enumLabels.hosting, required: true },
    ref('applications', 'supplierId'),
    kindOf('rto', 'duration'),
    kindOf('rpo', 'duration'),
    area('manualFallback'),
    ref('applications', 'ownerRoleId'),
  ],
  locations: [
    text('name', true),
    { name: 'kind', kind: 'select', options: locationKinds, optionLabels: enumLabels.locationKind, required: true },
    text('address'),
    kindOf('phone', 'phone'),
    kindOf('capacity', 'number'),
    area('access'),
    kindOf('facilities', 'lines'),
    area('notes'),
  ],
  processes: [
    text('name', true),
    area('description'),
    text('department'),
    ref('processes', 'ownerRoleId'),
    ref('processes', 'ownerPersonId'),
    { name: 'criticality', kind: 'select', options: criticalities, optionLabels: enumLabels.criticality, required: true },
    kindOf('mtpd', 'duration'),
    kindOf('rto', 'duration'),
    kindOf('rpo', 'duration'),
    area('mbco'),
    legalDeadlines,
    area('workaround'),
    ref('processes', 'applicationIds'),
    ref('processes', 'supplierIds'),
    ref('processes', 'roleIds'),
    ref('processes', 'locationIds'),
    { name: 'baseRegisters', kind: 'multiSelect', options: baseRegisters },
  ],
  scenarios: [
    text('name', true),
    area('description'),
    kindOf('activationCriteria', 'lines'),
    ref('scenarios', 'activatedByRoleIds'),
    area('strategy'),
    steps,
    area('recovery'),
    area('returnToNormal'),
    ref('scenarios', 'unavailableApplicationIds'),
    ref('scenarios', 'unavailableSupplierIds'),
    ref('scenarios', 'unavailableLocationIds'),
    ref('scenarios', 'unavailableRoleIds'),
  ],
  exercises: [
    text('title', true),
    kindOf('date', 'date', true),
    { name: 'kind', kind: 'select', options: exerciseKinds, optionLabels: enumLabels.exerciseKind, required: true },
    { name: 'status', kind: 'select', options: exerciseStatuses, optionLabels: enumLabels.exerciseStatus, required: true },
    ref('exercises', 'leadPersonId'),
    ref('exercises', 'scenarioIds'),
    ref('exercises', 'processIds'),
    ref('exercises', 'applicationIds'),
    ref('exercises', 'locationIds'),
    ref('exercises', 'roleIds'),
    ref('exercises', 'participantPersonIds'),
    area('result'),
    kindOf('findings', 'lines'),
  ],
  improvementActions: [
    { name: 'text', kind: 'textarea', required: true },
    ref('improvementActions', 'ownerPersonId'),
    kindOf('dueDate', 'date'),
    { name: 'status', kind: 'select', options: improvementActionStatuses, optionLabels: enumLabels.actionStatus, required: true },
    ref('improvementActions', 'sourceExerciseId'),
    kindOf('closedOn', 'date'),
    area('notes'),
  ],
  // Approvals are recorded through the yearly cycle's approve, which binds them to a signed revision.
  approvals: [],
  meta: [
    text('organisationName', true),
    text('municipalityCode'),
    text('title', true),
    text('versionLabel'),
    text('classification', true),
    ref('meta', 'ownerPersonId'),
    text('approvedBy'),
    kindOf('approvedOn', 'date'),
    kindOf('reviewedOn', 'date'),
    kindOf('validUntil', 'date'),
    kindOf('reviewDue', 'date'),
    area('purpose'),
    area('scope'),
    kindOf('relatedPlans', 'lines'),
    kindOf('communication', 'lines'),
    area('alertMessage'),
    kindOf('callingRules', 'lines'),
    kindOf('emergencyKit', 'lines'),
    kindOf('vitalRecords', 'lines'),
    area('meetingCycle'),
    kindOf('generalPhone', 'phone'),
    {
      name: 'distribution',
      kind: 'objects',
      newItem: () => ({ holder: '', medium: 'paper' }),
      fields: [
        text('holder', true),
        ref('meta', 'distribution.personId'),
        { name: 'medium', kind: 'select', options: copyMedia, optionLabels: enumLabels.copyMedium, required: true },
        kindOf('copyNumber', 'number'),
      ],
    },
    {
      name: 'changeHistory',
      kind: 'objects',
      newItem: () => ({ version: '', date: '', description: '' }),
      fields: [text('version', true), kindOf('date', 'date', true), text('author'), { name: 'description', kind: 'textarea', required: true }],
    },
  ],
};

/** Every field name any editor uses: each has a label in the catalogs (a test holds them to it). */
export function allFieldNames(): string[] {
  const names = new Set<string>();
  const visit = (specs: readonly FieldSpec[]) => {
    for (const spec of specs) {
      names.add(spec.name);
      if (spec.kind === 'objects') visit(spec.fields);
    }
  };
  for (const specs of Object.values(fieldSpecs)) visit(specs);
  return [...names].sort();
}
