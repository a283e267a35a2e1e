import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDate, formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { AtRestNote } from './at-rest-note.js';

/** Which plan this is, who signed which revision, and until when it holds: what the paper binder's cover says. */
export function PlanIdentity() {
  const { t, language } = useI18n();
  const { view } = usePlan();
  const { meta } = view.content;
  const status = useApiQuery(() => callApi('app.status'), []).data;
  return (
    <section aria-labelledby="plan-title" className="plan-identity">
      <h1 id="plan-title">{meta.title}</h1>
      <p className="classification">{meta.classification}</p>
      {status?.state === 'ready' && status.portable === true ? <p className="badge" data-testid="portable-note">{t('ui.overview.portable')}</p> : null}
      <dl className="facts">
        <dt>{t('ui.overview.revision')}</dt>
        <dd data-testid="plan-revision">{view.revision}{meta.versionLabel === undefined ? '' : ` (${t('ui.overview.versionLabel', { label: meta.versionLabel })})`}</dd>
        <dt>{t('ui.overview.savedAt')}</dt>
        <dd>{formatTimestamp(view.savedAt, language)}</dd>
        <dt>{t('ui.overview.signer')}</dt>
        <dd>
          {view.signerName ?? t('ui.overview.unknownSigner')} · <span className="fingerprint" data-testid="plan-fingerprint">{view.signerFingerprint}</span>{' '}
          <span className={view.signatureValid ? 'badge ok' : 'badge critical'}>{t(view.signatureValid ? 'ui.overview.signatureValid' : 'ui.overview.signatureInvalid')}</span>
        </dd>
        <AtRestNote />
        <dt>{t('ui.overview.approvedBy')}</dt>
        <dd>{meta.approvedBy === undefined ? t('ui.overview.notApproved') : t('ui.overview.approvedByOn', { by: meta.approvedBy, on: formatDate(meta.approvedOn, language) })}</dd>
        <dt>{t('ui.overview.validUntil')}</dt>
        <dd>{formatDate(meta.validUntil, language)}</dd>
        <dt>{t('ui.overview.reviewDue')}</dt>
        <dd>{formatDate(meta.reviewDue, language)}</dd>
      </dl>
    </section>
  );
}
