import { audiences, type Audience } from '../../../shared/plan/vocabularies.js';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * Who the document is for. Nothing is checked until the user chooses: a private number must never reach a
 * paper copy because of a default nobody looked at.
 */
export function AudiencePicker(props: { audience: Audience | undefined; onChange: (audience: Audience) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="print-audience" aria-describedby={props.audience === undefined ? 'print-audience-required' : undefined}>
      <legend>{t('print.audience.legend')}</legend>
      {audiences.map((audience) => {
        const id = `print-audience-${audience}`;
        return (
          <div className="print-audience-option" key={audience}>
            <input
              type="radio"
              id={id}
              name="print-audience"
              value={audience}
              checked={props.audience === audience}
              onChange={() => props.onChange(audience)}
              aria-describedby={`${id}-hint`}
            />
            <label htmlFor={id}>{t(`print.audience.${audience}`)}</label>
            <p className="hint" id={`${id}-hint`}>{t(`print.audience.${audience}.hint`)}</p>
          </div>
        );
      })}
      {props.audience === undefined && (
        <p className="notice warning" id="print-audience-required">{t('print.audience.required')}</p>
      )}
    </fieldset>
  );
}
