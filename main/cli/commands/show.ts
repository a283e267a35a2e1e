import { openActions } from '../../../shared/cycle/improvement-actions.js';
import { latestApproval } from '../../../shared/plan/effective-dates.js';
import { createPlanService } from '../../core/plan/plan-service.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';
import { healthLine } from '../health-line.js';
import { terminalJson } from '../terminal-text.js';

export const showCommand: Command = {
  options: { ...dataDirOption, json: { type: 'boolean' } },
  async run(parsed, context) {
    const opened = await openForCli(requireDataDir(parsed, context), context, 'read');
    try {
      const service = createPlanService(opened);
      const { signed, signerFingerprint } = service.current();
      const gaps = service.health();
      const { io, t } = context;
      if (parsed.values['json'] === true) {
        io.out(
          terminalJson(
            {
              planId: signed.planId,
              revision: signed.revision,
              savedAt: signed.savedAt,
              signerFingerprint,
              content: signed.plan.content,
              health: gaps,
              approval: latestApproval(signed.plan.content) ?? null,
              openActions: openActions(signed.plan.content),
              conflicts: signed.plan.sync.conflicts.filter((conflict) => conflict.resolvedAt === undefined),
            },
          ),
        );
        return exitCodes.ok;
      }
      const { meta, ...collections } = signed.plan.content;
      io.out(t('cli.showTitle', { title: meta.title, organisation: meta.organisationName }));
      io.out(t('cli.showRevision', { revision: signed.revision, savedAt: signed.savedAt, fingerprint: signerFingerprint }));
      io.out(
        t('cli.showApproval', {
          approvedBy: meta.approvedBy ?? '-',
          approvedOn: meta.approvedOn ?? '-',
          validUntil: meta.validUntil ?? '-',
          reviewDue: meta.reviewDue ?? '-',
        }),
      );
      io.out(
        t('cli.showCounts', {
          people: collections.people.length,
          roles: collections.roles.length,
          processes: collections.processes.length,
          applications: collections.applications.length,
          organisations: collections.organisations.length,
          locations: collections.locations.length,
          scenarios: collections.scenarios.length,
        }),
      );
      if (gaps.length === 0) {
        io.out(t('cli.showHealthNone'));
      } else {
        io.out(t('cli.showHealthTitle', { count: gaps.length }));
        for (const gap of gaps) io.out(`  - ${healthLine(gap, t)}`);
      }
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
