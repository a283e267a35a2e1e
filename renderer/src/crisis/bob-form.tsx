import { useState, type FormEvent } from 'react';
import { formatCrisisClock } from '../../../shared/crisis/crisis-clock.js';
import type { BobMeetingView } from '../../../shared/crisis/crisis-state.js';
import { useI18n } from '../i18n/i18n-context.js';
import { nameField, nowIso, useAppend } from './use-crisis.js';

/** A meeting in the BOB rhythm, recorded as its three parts. */
export function BobForm(props: { crisisId: string; meetings: readonly BobMeetingView[]; closed: boolean }) {
  const { t, language } = useI18n();
  const [parts, setParts] = useState({ beeldvorming: '', oordeelsvorming: '', besluitvorming: '' });
  const [chair, setChair] = useState('');
  const { append, busy, error } = useAppend(props.crisisId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (Object.values(parts).some((part) => part.trim() === '')) return;
    const saved = await append({
      kind: 'bob-meeting',
      data: { at: nowIso(), beeldvorming: parts.beeldvorming.trim(), oordeelsvorming: parts.oordeelsvorming.trim(), besluitvorming: parts.besluitvorming.trim(), ...nameField('chair', chair) },
    });
    if (saved) setParts({ beeldvorming: '', oordeelsvorming: '', besluitvorming: '' });
  }

  const field = (key: keyof typeof parts) => (
    <label className="stack wide">
      {t(`ui.crisisMode.bob.${key}`)}
      <textarea value={parts[key]} onChange={(event) => setParts({ ...parts, [key]: event.target.value })} rows={2} required />
    </label>
  );
  return (
    <section aria-labelledby="bob-title">
      <h2 id="bob-title">{t('ui.crisisMode.bob.title')}</h2>
      <ul className="plain">
        {props.meetings.map((meeting) => (
          <li key={meeting.eventId} className="bob-meeting">
            <strong>{formatCrisisClock(meeting.at, language)}</strong>{meeting.chair === undefined ? '' : ` · ${meeting.chair}`}
            <dl className="facts">
              <dt>{t('ui.crisisMode.bob.beeldvorming')}</dt><dd>{meeting.beeldvorming}</dd>
              <dt>{t('ui.crisisMode.bob.oordeelsvorming')}</dt><dd>{meeting.oordeelsvorming}</dd>
              <dt>{t('ui.crisisMode.bob.besluitvorming')}</dt><dd>{meeting.besluitvorming}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <form className="log-form" onSubmit={(event) => void submit(event)}>
        {field('beeldvorming')}
        {field('oordeelsvorming')}
        {field('besluitvorming')}
        <label>{t('ui.crisisMode.bob.chair')} <input value={chair} onChange={(event) => setChair(event.target.value)} /></label>
        <button type="submit" disabled={busy || props.closed}>{t('ui.crisisMode.bob.add')}</button>
        {error !== undefined && <p className="field-error" role="alert">{error}</p>}
      </form>
    </section>
  );
}
