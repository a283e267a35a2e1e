import { useState, type InputHTMLAttributes } from 'react';
import { formatDayInput, parseDayInput } from '../../../../shared/plan/day-input.js';
import { useI18n } from '../../i18n/i18n-context.js';

type Passed = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'placeholder'>;

/**
 * A day typed as day-month-year whatever language the browser was started in (Chromium's date input follows
 * the OS locale, not the app's). Reports the stored form (YYYY-MM-DD) once the text is a real day, the typed
 * text while it is not (so the form's check can say so), and undefined when emptied.
 */
export function DayInput(props: Passed & { value: string; onChange: (value: string | undefined) => void }) {
  const { t } = useI18n();
  const { value: stored, onChange, onBlur, ...passed } = props;
  const [typed, setTyped] = useState(() => formatDayInput(stored));
  // A newer revision (or undo) can change the stored day under the form; the typed text then follows it.
  const [received, setReceived] = useState(stored);
  if (stored !== received) {
    setReceived(stored);
    if ((parseDayInput(typed) ?? typed) !== stored) setTyped(formatDayInput(stored));
  }
  return (
    <input
      {...passed}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('ui.date.pattern')}
      value={typed}
      onChange={(event) => {
        const text = event.target.value;
        setTyped(text);
        onChange(text.trim() === '' ? undefined : (parseDayInput(text) ?? text));
      }}
      onBlur={(event) => {
        // Once a day is understood, show it the one way it is written (1-3-2026 becomes 01-03-2026).
        const parsed = parseDayInput(typed);
        if (parsed !== undefined) setTyped(formatDayInput(parsed));
        onBlur?.(event);
      }}
    />
  );
}
