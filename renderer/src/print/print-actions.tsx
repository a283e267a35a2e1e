import { useI18n } from '../i18n/i18n-context.js';
import type { DocumentChoice } from './document-choice.js';

interface PrintActionsProps {
  readonly choice: DocumentChoice;
  /** False until the user chose the audience: nothing goes out without that choice. */
  readonly ready: boolean;
  readonly busy: boolean;
  readonly onPrint: () => void;
  readonly onSavePdf: () => void;
  readonly onSaveWord: () => void;
}

export function PrintActions(props: PrintActionsProps) {
  const { t } = useI18n();
  const disabled = !props.ready || props.busy;
  const describedBy = props.ready ? undefined : 'print-audience-required';
  return (
    <div role="group" aria-label={t('print.actions.label')} className="row print-actions">
      {props.choice.type === 'printable' ? (
        <>
          <button type="button" className="primary" disabled={disabled} aria-describedby={describedBy} onClick={props.onPrint}>
            {t('print.action.print')}
          </button>
          <button type="button" disabled={disabled} aria-describedby={describedBy} onClick={props.onSavePdf}>
            {t('print.action.savePdf')}
          </button>
        </>
      ) : (
        <button type="button" className="primary" disabled={disabled} aria-describedby={describedBy} onClick={props.onSaveWord}>
          {t('print.action.saveWord')}
        </button>
      )}
      {props.busy && <span aria-live="polite">{t('print.busy')}</span>}
    </div>
  );
}
