import { useId, useState, type FormEvent } from 'react';
import type { ConflictViewItem } from '../../../shared/sync-contract.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { collectionLabel, fieldLabel, formatValue } from './format-value.js';
import { diffLists, diffText } from './value-diff.js';

export type ConflictDecision = { keep: 'mine' } | { keep: 'both' } | { take: 'theirs' } | { value: string };

type Translate = ReturnType<typeof useI18n>['t'];

/** A list side (an absent field is an empty list), or undefined for a value that is not a list. */
function listOf(value: unknown): readonly unknown[] | undefined {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : undefined;
}

/** One side's value with what the other side does not have marked: changed words of a text, items only here. */
function SideValue(props: { t: Translate; field: string; value: unknown; otherValue: unknown; testId: string }) {
  const { t, field, value, otherValue, testId } = props;
  const list = listOf(value);
  const otherList = listOf(otherValue);
  if (list !== undefined && otherList !== undefined && (Array.isArray(value) || Array.isArray(otherValue))) {
    if (list.length === 0) return <p className="conflict-value" data-testid={testId}>{t('sync.conflicts.empty')}</p>;
    // `value` is this side whichever card column it stands in: its own items, marked against the other's.
    const items = diffLists(list, otherList).current;
    return (
      <ul className="conflict-value conflict-list" data-testid={testId}>
        {items.map((entry, index) => (
          <li key={index}>
            {entry.onlyHere ? (
              <mark data-testid="conflict-only-here">
                {formatValue(t, entry.item)}
                <span className="visually-hidden"> ({t('sync.conflicts.onlyHere')})</span>
              </mark>
            ) : formatValue(t, entry.item)}
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'string' && typeof otherValue === 'string' && value !== '' && formatValue(t, value, field) === value) {
    const segments = diffText(value, otherValue).current;
    return (
      <p className="conflict-value" data-testid={testId}>
        {segments.map((segment, index) => segment.changed ? (
          <mark key={index} data-testid="conflict-changed">
            {segment.text}
            <span className="visually-hidden"> ({t('sync.conflicts.changedWords')})</span>
          </mark>
        ) : <span key={index}>{segment.text}</span>)}
      </p>
    );
  }
  return <p className="conflict-value" data-testid={testId}>{formatValue(t, value, field)}</p>;
}

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
  const currentWho = conflict.currentDevice === undefined
    ? undefined
    : conflict.currentIsThisDevice === true
      ? t('sync.conflicts.thisDevice')
      : conflict.currentName ?? t('sync.conflicts.device', { device: conflict.currentDevice.slice(0, 8) });
  const typable = isTypable(conflict.currentValue) && isTypable(conflict.otherValue);
  const bothLists = listOf(conflict.currentValue) !== undefined && listOf(conflict.otherValue) !== undefined
    && (Array.isArray(conflict.currentValue) || Array.isArray(conflict.otherValue));

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
          <SideValue t={t} field={conflict.field} value={conflict.currentValue} otherValue={conflict.otherValue} testId="conflict-current" />
          {currentWho !== undefined && (
            <p className="hint" data-testid="conflict-current-by">
              {t('sync.conflicts.otherBy', { who: currentWho, at: formatTimestamp(conflict.currentAt, language) })}
            </p>
          )}
        </div>
        <div>
          <h3>{t('sync.conflicts.other')}</h3>
          <SideValue t={t} field={conflict.field} value={conflict.otherValue} otherValue={conflict.currentValue} testId="conflict-other" />
          <p className="hint" data-testid="conflict-other-by">{t('sync.conflicts.otherBy', { who, at: formatTimestamp(conflict.otherAt, language) })}</p>
        </div>
      </div>
      <div className="row">
        <button type="button" disabled={saving} onClick={() => props.onDecide({ keep: 'mine' })}>{t('sync.conflicts.keepMine')}</button>
        <button type="button" disabled={saving} onClick={() => props.onDecide({ take: 'theirs' })}>{t('sync.conflicts.takeTheirs')}</button>
        {bothLists && <button type="button" disabled={saving} onClick={() => props.onDecide({ keep: 'both' })}>{t('sync.conflicts.keepBoth')}</button>}
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
