import type { HealthCode, HealthSeverity } from '../plan/health/health-codes.js';

type HealthKey = `health.${HealthCode}` | `health.severity.${HealthSeverity}`;

/** Plan health messages, Dutch (the source language). Placeholders `{name}` are filled from the gap's params. */
export const healthNl = {
  'health.severity.critical': 'Kritiek',
  'health.severity.warning': 'Waarschuwing',
  'health.severity.info': 'Ter informatie',
  'health.roleWithoutPrimary': 'Rol {role} heeft geen vaste functionaris',
  'health.roleWithoutDeputy': 'Rol {role} heeft geen plaatsvervanger',
  'health.processWithoutWorkaround': 'Proces {process} heeft geen handmatige noodprocedure',
  'health.personNeverVerified': 'De contactgegevens van {person} zijn nooit gecontroleerd',
  'health.personVerificationStale':
    'De contactgegevens van {person} zijn sinds {lastVerified} niet gecontroleerd (langer dan 12 maanden)',
  'health.supplierWithoutLine24x7': 'Leverancier {organisation} heeft geen telefoonnummer dat 24/7 bereikbaar is',
  'health.processRtoShorterThanApplicationRto':
    'De hersteltijd (RTO) van proces {process} is korter dan die van applicatie {application}, waar het proces van afhangt',
  'health.processRtoExceedsMtpd':
    'De hersteltijd (RTO) van proces {process} is langer dan de maximaal aanvaardbare uitval (MAO)',
  'health.scenarioWithoutSteps': 'Scenario {scenario} heeft geen actiestappen',
  'health.scenarioWithoutActivationCriteria': 'Scenario {scenario} heeft geen activeringscriteria',
  'health.reviewOverdue': 'Het plan had uiterlijk {reviewDue} herzien moeten worden',
  'health.planExpired': 'Het plan is verlopen: het was geldig tot en met {validUntil}',
  'health.privatePhoneWithoutConsent':
    '{person} heeft {count} privénummer(s) in het plan zonder vastgelegde toestemming',
  'health.danglingReference': '{record} verwijst in {field} naar {missingId}, maar dat staat niet (meer) in het plan',
  'health.callTreeCycle': 'De belboom draait rond: {people} bellen elkaar in een kring en worden niet bereikt',
  'health.planNeverAdopted': 'Het plan is nog nooit vastgesteld: leg de vaststelling vast bij de revisie die het bestuur vaststelde',
  'health.planChangedSinceAdoption':
    'Het plan is gewijzigd sinds de vaststelling van revisie {revision} op {date}: de huidige inhoud is nog niet vastgesteld',
  'health.criticalProcessNotExercised': 'Kritiek proces {process} is in {years} jaar niet beoefend',
  'health.scenarioNeverExercised': 'Scenario {scenario} is nog nooit beoefend',
  'health.noExerciseLastYear': 'In de afgelopen 12 maanden is niet geoefend (laatste oefening: {lastExercise})',
  'health.improvementActionOverdue': 'Verbeteractie over tijd (uiterlijk {dueDate}): {action}',
  'health.rolePersonNotInCallTree': '{person} ({role}) staat niet in de belboom: niemand belt deze persoon',
} as const satisfies Record<HealthKey, string>;
