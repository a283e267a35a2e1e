import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';

const DisputedContext = createContext<ReadonlySet<string>>(new Set());

function fieldKey(collection: string, recordId: string, field: string): string {
  return `${collection}/${recordId}/${field}`;
}

/**
 * The fields syncing left open conflicts about, asked once per revision for every screen below; nothing is
 * asked while the plan has no open conflict.
 */
export function DisputedProvider(props: { children: ReactNode }) {
  const { view } = usePlan();
  const open = view.conflictCount > 0;
  const { data } = useApiQuery(
    () => (open ? callApi('sync.conflicts') : Promise.resolve([])),
    [open],
    { refreshOn: ['plan.changed'] },
  );
  const fields = useMemo(
    () => new Set((open ? data ?? [] : []).map((conflict) => fieldKey(conflict.collection, conflict.recordId, conflict.field))),
    [open, data],
  );
  return <DisputedContext.Provider value={fields}>{props.children}</DisputedContext.Provider>;
}

/** Whether an open conflict is about this field of this record. */
export function useDisputed(collection: string, recordId: string | undefined, field: string): boolean {
  const fields = useContext(DisputedContext);
  return recordId !== undefined && fields.has(fieldKey(collection, recordId, field));
}

/** Where a disputed field is edited: says so, and leads to the conflict. */
export function DisputedNote(props: { collection: string; recordId: string | undefined; field: string }) {
  const { t } = useI18n();
  if (!useDisputed(props.collection, props.recordId, props.field)) return null;
  return (
    <p className="notice warning disputed-note" data-testid="disputed">
      <span>{t('sync.conflicts.disputed')}</span>
      <Link to={{ screen: 'conflicts' }}>{t('sync.conflicts.disputedLink')}</Link>
    </p>
  );
}

/** Where a disputed value is only shown (a number on a card or list): a short mark with the full warning. */
export function DisputedBadge(props: { collection: string; recordId: string | undefined; field: string }) {
  const { t } = useI18n();
  if (!useDisputed(props.collection, props.recordId, props.field)) return null;
  return (
    <>
      {' '}
      <span className="badge warning" data-testid="disputed" title={t('sync.conflicts.disputed')}>
        {t('sync.conflicts.disputedBadge')}
        <span className="visually-hidden">: {t('sync.conflicts.disputed')}</span>
      </span>
    </>
  );
}
