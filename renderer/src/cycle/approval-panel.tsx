import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import type { Approval } from '../../../shared/plan/cycle-records.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDate } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { ApprovalForm } from './approval-form.js';
import { ChangesSinceApproval } from './changes-since-approval.js';
import { useCycleOverview } from './use-cycle-overview.js';

function ApprovalFacts(props: { approval: Approval }) {
  const { t, language } = useI18n();
  const { approval } = props;
  const body = approval.bodyName ?? t(enumLabels.approvalBody[approval.body]);
  // The adopted revision's signer as every printed page shows it; from history, which keeps the last revisions.
  const history = useApiQuery(() => callApi('history.list'), [], { refreshOn: ['plan.changed'] });
  const fingerprint = history.data?.find((entry) => entry.revision === approval.revision)?.signerFingerprint;
  return (
    <div className="approval-facts">
      <p><strong>{t('ui.cycle.approval.adopted', { revision: approval.revision, body, date: formatDate(approval.date, language) })}</strong></p>
      {approval.reference !== undefined && <p>{t('ui.cycle.approval.reference', { reference: approval.reference })}</p>}
      <p>{t('ui.cycle.approval.reviewDue', { reviewDue: formatDate(approval.reviewDue, language), validUntil: formatDate(approval.validUntil, language) })}</p>
      <p className="hint" data-testid="approval-binding">
        {fingerprint === undefined
          ? t('ui.cycle.approval.bindingHash', { hash: approval.contentHash.slice(0, 16) })
          : t('ui.cycle.approval.binding', { hash: approval.contentHash.slice(0, 16), fingerprint })}
      </p>
    </div>
  );
}

/** The approval (vaststelling): which revision a body adopted, what changed since, and recording a new one. */
export function ApprovalPanel() {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const overview = useCycleOverview();
  const adoption = overview.data?.adoption;
  const earlier = [...view.content.approvals].sort((a, b) => b.date.localeCompare(a.date) || b.revision - a.revision).filter((approval) => approval.id !== adoption?.approval?.id);

  return (
    <div className="cycle-approval">
      <section aria-labelledby="approval-title">
        <h2 id="approval-title">{t('ui.cycle.approval.current')}</h2>
        {overview.error !== undefined && <p role="alert" className="field-error">{overview.error}</p>}
        {adoption === undefined ? (
          overview.error === undefined && <p>{t('ui.common.loading')}</p>
        ) : (
          <div data-testid="approval-status" data-state={adoption.state}>
            {adoption.approval === undefined ? <p>{t('ui.cycle.approval.none')}</p> : <ApprovalFacts approval={adoption.approval} />}
            {adoption.state === 'adopted' && <p className="badge ok">{t('ui.cycle.approval.upToDate')}</p>}
            {(adoption.state === 'changed' || adoption.state === 'changed-unknown') && adoption.approval !== undefined && (
              <p className="notice warning">{t('ui.cycle.approval.notAdopted', { revision: view.revision, adopted: adoption.approval.revision })}</p>
            )}
            {adoption.state === 'changed-unknown' && <p className="hint">{t('ui.cycle.approval.changesUnknown')}</p>}
          </div>
        )}
      </section>
      {adoption !== undefined && adoption.changes.length > 0 && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">{t('ui.cycle.approval.changesTitle')}</h2>
          <ChangesSinceApproval records={adoption.changes} />
        </section>
      )}
      <section aria-labelledby="approval-form-title">
        <ApprovalForm onSaved={overview.refresh} />
      </section>
      {earlier.length > 0 && (
        <section aria-labelledby="approval-history-title">
          <h2 id="approval-history-title">{t('ui.cycle.approval.history')}</h2>
          <ul>
            {earlier.map((approval) => (
              <li key={approval.id}>
                {t('ui.cycle.approval.adopted', { revision: approval.revision, body: approval.bodyName ?? t(enumLabels.approvalBody[approval.body]), date: formatDate(approval.date, language) })}
                {approval.reference !== undefined && ` · ${approval.reference}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
