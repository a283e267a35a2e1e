import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';

/** Whether the data folder on disk is encrypted: a fact of the folder, told beside the plan's own facts. */
export function AtRestNote() {
  const { t } = useI18n();
  const status = useApiQuery(() => callApi('security.atRest'), []).data;
  if (status === undefined) return null;
  return (
    <>
      <dt>{t('ui.overview.atRest')}</dt>
      <dd data-testid="at-rest-note">
        {status.encrypted ? (
          <span className="badge ok">{t('ui.overview.atRestOn')}</span>
        ) : (
          <>
            <span className="badge warning">{t('ui.overview.atRestOff')}</span>{' '}
            <Link to={{ screen: 'security' }}>{t('ui.overview.atRestHint')}</Link>
          </>
        )}
      </dd>
    </>
  );
}
