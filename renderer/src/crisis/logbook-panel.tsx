import { useMemo, useState, type FormEvent } from 'react';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import type { LogEntryView } from '../../../shared/crisis/crisis-state.js';
import { useI18n } from '../i18n/i18n-context.js';
import { VirtualList } from '../shell/virtual-list.js';
import type { CrisisPanelProps } from './crisis-mode.js';
import { nameField, nowIso, useAppend, useCrisisName } from './use-crisis.js';

const ROW_HEIGHT = 64;

function LogRow(props: { entry: LogEntryView; corrected: boolean; onCorrect: () => void; language: 'nl' | 'en' }) {
  const { t } = useI18n();
  const { entry } = props;
  return (
    <div className={`log-row${props.corrected ? ' corrected' : ''}`} data-testid="log-entry">
      <span className="log-time">{formatCrisisClock(entry.at, props.language)}</span>
      <span className="log-body">
        <span className="log-message">
          {props.corrected ? <s>{entry.message}</s> : entry.message}
        </span>
        <span className="step-meta">
          {entry.from === undefined ? '' : t('ui.crisisMode.log.fromTo', { from: entry.from, to: entry.to ?? '—' })}
          {entry.action === undefined ? '' : ` · ${t('ui.crisisMode.log.actionShown', { action: entry.action })}`}
          {entry.author === undefined ? '' : ` · ${entry.author}`}
          {entry.corrects !== undefined ? ` · ${t('ui.crisisMode.log.isCorrection')}` : ''}
        </span>
      </span>
      {!props.corrected && (
        <button type="button" className="small" onClick={props.onCorrect} aria-label={t('ui.crisisMode.log.correctEntry', { message: entry.message.slice(0, 60) })}>
          {t('ui.crisisMode.log.correct')}
        </button>
      )}
    </div>
  );
}

/** The logbook: time-stamped entries, newest first; a mistake is crossed out by a correction, never erased. */
export function LogbookPanel(props: CrisisPanelProps) {
  const { t, language } = useI18n();
  const { state } = props.view;
  const [name, setName] = useCrisisName();
  const [message, setMessage] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [action, setAction] = useState('');
  const [corrects, setCorrects] = useState<LogEntryView | undefined>(undefined);
  const { append, busy, error } = useAppend(props.crisisId);
  const entries = useMemo(() => [...state.logEntries].reverse(), [state.logEntries]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (message.trim() === '') return;
    const saved = await append({
      kind: 'log-entry',
      data: {
        at: nowIso(),
        message: message.trim(),
        ...nameField('from', from),
        ...nameField('to', to),
        ...(action.trim() === '' ? {} : { action: action.trim() }),
        ...nameField('author', name),
        ...(corrects === undefined ? {} : { corrects: corrects.eventId }),
      },
    });
    if (saved) {
      setMessage('');
      setAction('');
      setCorrects(undefined);
    }
  }

  return (
    <div className="logbook">
      <form className="log-form" onSubmit={(event) => void submit(event)} aria-labelledby="log-form-title">
        <h2 id="log-form-title">{corrects === undefined ? t('ui.crisisMode.log.title') : t('ui.crisisMode.log.correcting', { message: corrects.message.slice(0, 80) })}</h2>
        <div className="row">
          <label>{t('ui.crisisMode.log.from')} <input value={from} onChange={(event) => setFrom(event.target.value)} size={14} /></label>
          <label>{t('ui.crisisMode.log.to')} <input value={to} onChange={(event) => setTo(event.target.value)} size={14} /></label>
          <label>{t('ui.crisisMode.yourName')} <input value={name} onChange={(event) => setName(event.target.value)} size={14} /></label>
        </div>
        <label className="stack wide">
          {t('ui.crisisMode.log.message')}
          <textarea value={message} onChange={(event) => setMessage(event.target.value)} rows={2} required />
        </label>
        <label className="stack wide">
          {t('ui.crisisMode.log.action')}
          <input value={action} onChange={(event) => setAction(event.target.value)} />
        </label>
        <div className="row">
          <button type="submit" className="primary" disabled={busy || state.closed !== undefined}>{t('ui.crisisMode.log.add')}</button>
          {corrects !== undefined && <button type="button" onClick={() => setCorrects(undefined)}>{t('ui.common.cancel')}</button>}
        </div>
        {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      </form>
      <h2>{t('ui.crisisMode.log.entries', { count: entries.length })}</h2>
      <VirtualList
        count={entries.length}
        rowHeight={ROW_HEIGHT}
        maxHeight={420}
        label={t('ui.crisisMode.log.entriesLabel')}
        rowKey={(index) => entries[index]?.eventId ?? String(index)}
        renderRow={(index) => {
          const entry = entries[index];
          if (entry === undefined) return null;
          return <LogRow entry={entry} corrected={entry.correctedBy.length > 0} onCorrect={() => setCorrects(entry)} language={language} />;
        }}
        className="log-list"
      />
    </div>
  );
}
