import { useI18n } from '../i18n/i18n-context.js';
import { choiceId, choiceLabel, printableChoices, wordChoices, type DocumentChoice } from './document-choice.js';

function ChoiceGroup(props: { legend: string; choices: readonly DocumentChoice[]; selected: DocumentChoice; onSelect: (choice: DocumentChoice) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="print-choice-group">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => {
        const id = `print-document-${choice.type}-${choice.kind}`;
        return (
          <div className="check" key={choiceId(choice)}>
            <input
              type="radio"
              id={id}
              name="print-document"
              value={choiceId(choice)}
              checked={choiceId(choice) === choiceId(props.selected)}
              onChange={() => props.onSelect(choice)}
            />
            <label htmlFor={id}>{choiceLabel(choice, t)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** One radio group across printables and Word documents: arrow keys move through all of them. */
export function DocumentPicker(props: { selected: DocumentChoice; onSelect: (choice: DocumentChoice) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="print-documents">
      <legend>{t('print.document.legend')}</legend>
      <ChoiceGroup legend={t('print.group.printables')} choices={printableChoices} selected={props.selected} onSelect={props.onSelect} />
      <ChoiceGroup legend={t('print.group.word')} choices={wordChoices} selected={props.selected} onSelect={props.onSelect} />
    </fieldset>
  );
}
