import { durationToMinutes } from '../primitives.js';
import type { PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';

function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export function checkProcessWithoutWorkaround(content: PlanContent): HealthGap[] {
  return content.processes
    .filter((process) => isBlank(process.workaround))
    .map((process) => healthGap('processWithoutWorkaround', 'processes', process.id, { process: process.name }));
}

/** A process cannot be back sooner than an application it cannot run without. */
export function checkProcessRtoShorterThanApplicationRto(content: PlanContent): HealthGap[] {
  const applicationsById = new Map(content.applications.map((application) => [application.id, application]));
  const gaps: HealthGap[] = [];
  for (const process of content.processes) {
    if (process.rto === undefined) continue;
    const processRto = durationToMinutes(process.rto);
    for (const applicationId of new Set(process.applicationIds)) {
      const application = applicationsById.get(applicationId);
      if (application?.rto === undefined) continue;
      if (processRto < durationToMinutes(application.rto)) {
        gaps.push(
          healthGap('processRtoShorterThanApplicationRto', 'processes', process.id, {
            process: process.name,
            application: application.name,
          }),
        );
      }
    }
  }
  return gaps;
}

/** Recovering after the maximum tolerable disruption means the plan accepts the intolerable. */
export function checkProcessRtoExceedsMtpd(content: PlanContent): HealthGap[] {
  return content.processes
    .filter(
      (process) =>
        process.rto !== undefined &&
        process.mtpd !== undefined &&
        durationToMinutes(process.rto) > durationToMinutes(process.mtpd),
    )
    .map((process) => healthGap('processRtoExceedsMtpd', 'processes', process.id, { process: process.name }));
}
