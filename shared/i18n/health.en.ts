import type { healthNl } from './health.nl.js';

/** Plan health messages, English; typed so that it has exactly the keys of the Dutch source. */
export const healthEn: Record<keyof typeof healthNl, string> = {
  'health.severity.critical': 'Critical',
  'health.severity.warning': 'Warning',
  'health.severity.info': 'For information',
  'health.roleWithoutPrimary': 'Role {role} has no primary holder',
  'health.roleWithoutDeputy': 'Role {role} has no deputy',
  'health.processWithoutWorkaround': 'Process {process} has no manual workaround',
  'health.personNeverVerified': "{person}'s contact details have never been verified",
  'health.personVerificationStale':
    "{person}'s contact details have not been verified since {lastVerified} (more than 12 months)",
  'health.supplierWithoutLine24x7': 'Supplier {organisation} has no phone line that answers 24/7',
  'health.processRtoShorterThanApplicationRto':
    'The recovery time (RTO) of process {process} is shorter than that of application {application}, which it depends on',
  'health.processRtoExceedsMtpd':
    'The recovery time (RTO) of process {process} exceeds its maximum tolerable period of disruption (MTPD)',
  'health.scenarioWithoutSteps': 'Scenario {scenario} has no action steps',
  'health.scenarioWithoutActivationCriteria': 'Scenario {scenario} has no activation criteria',
  'health.reviewOverdue': 'The plan was due for review by {reviewDue}',
  'health.planExpired': 'The plan has expired: it was valid until {validUntil}',
  'health.privatePhoneWithoutConsent': '{person} has {count} private number(s) in the plan without recorded consent',
  'health.danglingReference': '{record} refers in {field} to {missingId}, which is not (or no longer) in the plan',
  'health.callTreeCycle': 'The call tree goes in circles: {people} call each other in a ring and are never reached',
  'health.planNeverAdopted': 'The plan was never adopted: record the approval of the revision the board adopted',
  'health.planChangedSinceAdoption':
    'The plan changed since revision {revision} was adopted on {date}: the current content is not adopted yet',
  'health.criticalProcessNotExercised': 'Critical process {process} was not exercised in {years} years',
  'health.scenarioNeverExercised': 'Scenario {scenario} was never exercised',
  'health.noExerciseLastYear': 'No exercise was held in the last 12 months (last exercise: {lastExercise})',
  'health.improvementActionOverdue': 'Improvement action overdue (due {dueDate}): {action}',
  'health.rolePersonNotInCallTree': '{person} ({role}) is not in the call tree: nobody calls them',
};
