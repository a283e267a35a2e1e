import { useState } from 'react';
import { callTreeOutcomes, type Person } from '../../../shared/plan/entities.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { formatPhone } from '../../../shared/plan/phone-display.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { DraftResult } from './call-tree-test-draft.js';


/** "HH:MM" of an instant as this laptop's clock reads it. */
function clockOf(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The same day as `iso`, at the clock time the user typed. */
function atClock(iso: string, clock: string): string | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (match === null) return undefined;
  const date = new Date(iso);
  date.setHours(Number(match[1]), Number(match[2]), 0, 0);
  return date.toISOString();
}

export interface TestRowPerson {
  readonly person: Person | undefined;
  readonly personId: string;
  readonly depth: number;
  readonly callerName: string | undefined;
  readonly roleNames: readonly string[];
}

/** One person in the call tree: whom to dial on which number, and what happened. */
export function CallTreeTestRow(props: {
  row: TestRowPerson;
  result: DraftResult | undefined;
  next: boolean;
  onRecord: (result: DraftResult) => void;
  onUndo: () => void;
}) {
  const { t } = useI18n();
  const { row, result } = props;
  const phones = row.person?.phones ?? [];
  const [number, setNumber] = useState<string>(result?.number ?? phones[0]?.number ?? '');
  const name = row.person?.name ?? row.personId;
  const labelId = `ctt-name-${row.personId}`;
  const phoneText = (phone: (typeof phones)[number]) =>
    `${formatPhone(phone.number)} · ${phone.label ?? t(enumLabels.phoneKind[phone.kind])}${phone.wrongNumberFlaggedOn === undefined ? '' : ` · ${t('ui.cycle.test.flaggedWrong')}`}`;

  return (
    <li
      className={`ctt-person${props.next ? ' next' : ''}${result === undefined ? '' : ` done ${result.outcome}`}`}
      style={{ marginInlineStart: `${Math.min(row.depth, 6) * 1.2}rem` }}
      data-testid="ctt-person"
      data-person={row.personId}
    >
      <div className="ctt-who">
        <strong id={labelId}>{name}</strong>
        {row.roleNames.length > 0 && <span className="hint"> · {row.roleNames.join(', ')}</span>}
        {row.callerName !== undefined && <span className="hint"> · {t('ui.cycle.test.calledBy', { name: row.callerName })}</span>}
      </div>
      {result === undefined ? (
        <div className="ctt-actions row" role="group" aria-labelledby={labelId}>
          {phones.length === 0 ? (
            <span className="hint">{t('ui.cycle.test.noNumber')}</span>
          ) : (
            <select aria-label={t('ui.cycle.test.number', { name })} value={number} onChange={(event) => setNumber(event.target.value)}>
              {phones.map((phone) => <option key={phone.number} value={phone.number}>{phoneText(phone)}</option>)}
            </select>
          )}
          {callTreeOutcomes.map((outcome) => (
            <button
              key={outcome}
              type="button"
              className={outcome === 'reached' ? 'primary' : undefined}
              disabled={outcome === 'wrong-number' && number === ''}
              onClick={() => props.onRecord({ outcome, ...(number === '' ? {} : { number }), at: new Date().toISOString() })}
            >
              {t(enumLabels.callTreeOutcome[outcome])}
            </button>
          ))}
        </div>
      ) : (
        <div className="ctt-actions row" role="group" aria-labelledby={labelId}>
          <span className={`badge ${result.outcome === 'reached' ? 'ok' : result.outcome === 'wrong-number' ? 'critical' : 'warning'}`} data-testid="ctt-outcome">
            {t(enumLabels.callTreeOutcome[result.outcome])}
          </span>
          {result.number !== undefined && <span>{formatPhone(result.number)}</span>}
          <label className="ctt-time">
            <span className="visually-hidden">{t('ui.cycle.test.time', { name })}</span>
            <input
              type="time"
              value={clockOf(result.at)}
              onChange={(event) => {
                const at = atClock(result.at, event.target.value);
                if (at !== undefined) props.onRecord({ ...result, at });
              }}
            />
          </label>
          <button type="button" onClick={props.onUndo}>{t('ui.cycle.test.redo')}</button>
        </div>
      )}
    </li>
  );
}
