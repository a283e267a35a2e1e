import { useId, useState, type FormEvent } from 'react';
import type { ConflictViewItem } from '../../../shared/sync-contract.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { collectionLabel, fieldLabel, formatValue } from './format-value.js';

export type ConflictDecision = { keep: 'mine' } | { take: 'theirs' } | { value: string };

/** Text can be typed in; a list or a structured value is settled by choosing one side, then editing the record. */
function isTypable(value: unknown): boolean {
  return value === undefined || typeof value === 'string' || typeof value === 'number';
}

export function ConflictCard(props: { conflict: ConflictViewItem; onDecide: (decision: ConflictDecision) => void }) {
  const { t, language } = useI18n();
  const { saving } = usePlan();
  const { conflict } = props;
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState(typeof conflict.currentValue === 'string' ? conflict.currentValue : '');
  const field = fieldLabel(t, conflict.field);
  const who = conflict.otherIsThisDevice
    ? t('sync.conflicts.thisDevice')
    : conflict.otherName ?? t('sync.conflicts.device', { device: conflict.otherDevice.slice(0, 8) });
  const typable = isTypable(conflict.currentValue) && isTypable(conflict.otherValue);

  function save(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== '') props.onDecide({ value: typed.trim() });
  }

  return (
    <article className="conflict-card" aria-labelledby={titleId} data-testid="conflict" data-record={conflict.recordId} data-field={conflict.field}>
      <h2 id={titleId}>{t('sync.conflicts.record', { collection: collectionLabel(t, conflict.collection), name: conflict.recordName })}</h2>
      <p>{t('sync.conflicts.field', { field })}</p>
      <div className="conflict-values">
        <div>
          <h3>{t('sync.conflicts.current')}</h3>
          <p className="conflict-value" data-testid="conflict-current">{formatValue(t, conflict.currentValue, conflict.field)}</p>
        </div>
        <div>
          <h3>{t('sync.conflicts.other')}</h3>
          <p className="conflict-value" data-testid="conflict-other">{formatValue(t, conflict.otherValue, conflict.field)}</p>
          <p className="hint">{t('sync.conflicts.otherBy', { who, at: formatTimestamp(conflict.otherAt, language) })}</p>
        </div>
      </div>
      <div className="row">
        <button type="button" disabled={saving} onClick={() => props.onDecide({ keep: 'mine' })}>{t('sync.conflicts.keepMine')}</button>
        <button type="button" disabled={saving} onClick={() => props.onDecide({ take: 'theirs' })}>{t('sync.conflicts.takeTheirs')}</button>
        {typable && <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>{t('sync.conflicts.edit')}</button>}
      </div>
      {editing && typable && (
        <form className="row" onSubmit={save}>
          <label className="field">
            <span>{t('sync.conflicts.editLabel', { field })}</span>
            <input value={typed} maxLength={10_000} onChange={(event) => setTyped(event.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={saving || typed.trim() === ''}>{t('sync.conflicts.save')}</button>
        </form>
      )}
    </article>
  );
}
