import { useMemo } from 'react';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { formatDate, formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { navigate } from '../router/use-route.js';
import { diffRevisions } from './revision-diff.js';

/** A past revision, read-only: what it said, and how it differs from the plan now. */
export function RevisionView(props: { revision: number }) {
  const { t, language } = useI18n();
  const { view, restore, saving } = usePlan();
  const { data: past, error } = useApiQuery(() => callApi('history.revision', props.revision), [props.revision]);

  const diff = useMemo(() => (past === undefined ? undefined : diffRevisions(past.content, view.content)), [past, view.content]);

  return (
    <div className="revision-view">
      <Link to={{ screen: 'history' }} className="back-link">{t('ui.history.back')}</Link>
      <h1>{t('ui.history.revisionTitle', { revision: props.revision })}</h1>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {past !== undefined && diff !== undefined && (
        <>
          <dl className="facts">
            <dt>{t('ui.history.savedAt')}</dt>
            <dd>{formatTimestamp(past.savedAt, language)}</dd>
            <dt>{t('ui.history.savedBy')}</dt>
            <dd>{past.signerName ?? '—'} <span className="fingerprint">{past.signerFingerprint}</span></dd>
            <dt>{t('ui.field.title')}</dt>
            <dd>{past.content.meta.title}</dd>
            <dt>{t('ui.field.reviewDue')}</dt>
            <dd>{formatDate(past.content.meta.reviewDue, language)}</dd>
            <dt>{t('ui.history.counts')}</dt>
            <dd>{t('ui.history.countsValue', { people: past.content.people.length, roles: past.content.roles.length, processes: past.content.processes.length, scenarios: past.content.scenarios.length })}</dd>
          </dl>
          <h2>{t('ui.history.differences')}</h2>
          {diff.collections.length === 0 && !diff.metaChanged ? (
            <p>{t('ui.history.same')}</p>
          ) : (
            <ul data-testid="revision-diff">
              {diff.metaChanged && <li>{t('ui.history.metaChanged')}</li>}
              {diff.collections.map((entry) => (
                <li key={entry.collection}>{t('ui.history.collectionDiff', { collection: t(`ui.collection.${entry.collection}`), added: entry.added, removed: entry.removed, changed: entry.changed })}</li>
              ))}
            </ul>
          )}
          {past.revision !== view.revision && diff.collections.some((entry) => entry.removed > 0) && (
            <p className="hint" data-testid="revived-note">{t('ui.history.revivedNote', { revision: past.revision })}</p>
          )}
          {past.revision !== view.revision && (
            <button type="button" className="primary" disabled={saving} onClick={() => void restore(past.revision).then((ok) => ok && navigate({ screen: 'history' }))}>
              {t('ui.history.restore', { revision: past.revision })}
            </button>
          )}
        </>
      )}
    </div>
  );
}
