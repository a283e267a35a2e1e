import { useState } from 'react';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { describeRevision } from './describe-revision.js';
import { RevisionView } from './revision-view.js';
import { useHistory } from './use-history.js';

/** Every kept revision with who saved it and when; a past one can be viewed, or restored as a new revision. */
export function HistoryScreen(props: { revision?: number }) {
  const { t, language } = useI18n();
  const { restore, saving, view } = usePlan();
  const { entries, error } = useHistory();
  const [confirming, setConfirming] = useState<number | undefined>();

  if (props.revision !== undefined) return <RevisionView revision={props.revision} />;
  return (
    <div className="history">
      <h1>{t('ui.history.title')}</h1>
      <p className="lead">{t('ui.history.intro')}</p>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {entries === undefined ? (
        <p aria-busy="true">{t('ui.common.loading')}</p>
      ) : (
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">{t('ui.history.revision')}</th>
              <th scope="col">{t('ui.history.savedAt')}</th>
              <th scope="col">{t('ui.history.savedBy')}</th>
              <th scope="col">{t('ui.history.changes')}</th>
              <th scope="col">{t('ui.history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.revision} data-testid="history-row" data-revision={entry.revision}>
                <td>{entry.revision}{entry.current && <> <span className="badge ok">{t('ui.history.current')}</span></>}</td>
                <td>{formatTimestamp(entry.savedAt, language)}</td>
                <td>{entry.signerName ?? '—'} <span className="fingerprint">{entry.signerFingerprint ?? ''}</span></td>
                <td data-testid="history-changes">{entry.changes === undefined ? '—' : describeRevision(t, entry.changes).join('; ')}</td>
                <td className="row">
                  <Link to={{ screen: 'history', revision: entry.revision }}>{t('ui.history.view', { revision: entry.revision })}</Link>
                  {!entry.current && entry.revision !== view.revision && (confirming === entry.revision ? (
                    <>
                      <button type="button" className="danger" disabled={saving} onClick={() => void restore(entry.revision).then(() => setConfirming(undefined))}>
                        {t('ui.history.confirmRestore', { revision: entry.revision })}
                      </button>
                      <button type="button" onClick={() => setConfirming(undefined)}>{t('ui.common.cancel')}</button>
                    </>
                  ) : (
                    <button type="button" onClick={() => setConfirming(entry.revision)}>{t('ui.history.restore', { revision: entry.revision })}</button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
