import { useState } from 'react';
import type { ConflictViewItem } from '../../../shared/sync-contract.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { ConflictCard, type ConflictDecision } from './conflict-card.js';
import './conflicts.css';

/** The conflicts syncing left for the user: per conflict keep the current value, take the other, or type one. */
export function ConflictsScreen() {
  const { t } = useI18n();
  const { view, runSave } = usePlan();
  const [resolvedAt, setResolvedAt] = useState<number | undefined>();
  // Every decision and every import makes a new revision: the list follows it.
  const { data: conflicts, error } = useApiQuery(() => callApi('sync.conflicts'), [], { refreshOn: ['plan.changed'] });

  async function decide(conflict: ConflictViewItem, decision: ConflictDecision) {
    setResolvedAt(undefined);
    const ok = await runSave(() => callApi('sync.resolve', conflict.key, decision));
    if (ok) setResolvedAt(Date.now());
  }

  return (
    <div className="conflicts">
      <h1>{t('sync.conflicts.title')}</h1>
      <p className="lead">{t('sync.conflicts.intro')}</p>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {resolvedAt !== undefined && <p role="status" className="badge ok">{t('sync.conflicts.resolved', { revision: view.revision })}</p>}
      {conflicts?.length === 0 && <p data-testid="no-conflicts">{t('sync.conflicts.none')}</p>}
      {conflicts?.map((conflict) => (
        <ConflictCard key={conflict.key} conflict={conflict} onDecide={(decision) => void decide(conflict, decision)} />
      ))}
    </div>
  );
}
