import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { describedBy, FieldFrame } from './field-frame.js';
import { inputIdOf, type FieldProps } from './field-props.js';

/** A list of short texts, one per line: activation criteria, tasks, the emergency kit. */
export function LinesField(props: FieldProps) {
  const { t } = useI18n();
  const { spec, path } = props;
  const lines = Array.isArray(props.value) ? (props.value as string[]) : [];
  const [text, setText] = useState(lines.join('\n'));
  // A newer revision (or undo) can change the list under the form; the text then follows it.
  const joined = lines.join('\n');
  const [received, setReceived] = useState(joined);
  if (joined !== received) {
    setReceived(joined);
    const typedLines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    if (typedLines.join('\n') !== joined) setText(joined);
  }
  const error = props.errors.get(path) ?? [...props.errors.entries()].find(([key]) => key.startsWith(`${path}.`))?.[1];
  return (
    <FieldFrame name={spec.name} path={path} error={error}>
      <textarea
        id={inputIdOf(path)}
        rows={Math.min(8, Math.max(3, lines.length + 1))}
        value={text}
        aria-describedby={`${inputIdOf(path)}-hint`}
        {...describedBy(path, error)}
        onChange={(event) => {
          setText(event.target.value);
          props.onChange(event.target.value.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
        }}
      />
      <p className="hint" id={`${inputIdOf(path)}-hint`}>{t('ui.editor.onePerLine')}</p>
    </FieldFrame>
  );
}
