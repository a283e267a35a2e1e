import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { pluralForm } from '../../../shared/i18n/plural.js';
import { planMetaSchema } from '../../../shared/plan/meta.js';
import { collectionSchemas, META_RECORD_ID } from '../../../shared/plan/plan.js';
import { sameRecord } from '../../../shared/plan/record-diff.js';
import { DisputedNote } from '../conflicts/disputed-context.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { navigate } from '../router/use-route.js';
import type { EditorTarget } from '../router/routes.js';
import { fieldSpecs } from './field-specs.js';
import { FieldInput } from './fields/field-input.js';
import { inputIdOf } from './fields/field-props.js';
import { changeFor, rebaseDraft, validateDraft, type Draft } from './record-draft.js';
import { useFieldHighlight } from './use-field-highlight.js';

function schemaOf(target: EditorTarget): z.ZodType {
  return target === 'meta' ? planMetaSchema : collectionSchemas[target];
}

/**
 * Edits one record with the fields of its kind, checking it against the plan's own schema as the user
 * types. Saving sends only what the user changed, as one signed revision. A newer revision that arrives
 * meanwhile (sync, the CLI, another window) never discards a draft with unsaved edits: the form says so
 * and keeps it; a form without edits simply shows the newer record.
 */
export function RecordForm(props: {
  target: EditorTarget;
  original: Draft | undefined;
  initial: Draft;
  title: string;
  highlight?: string | undefined;
  /** Where a screen other than the editor goes once a new record is saved or a record deleted (the editor's own list otherwise). */
  onCreated?: (id: string) => void;
  onDeleted?: () => void;
}) {
  const { t, language } = useI18n();
  const { apply, saving } = usePlan();
  const { target, original } = props;
  const specs = fieldSpecs[target];
  const [draft, setDraft] = useState<Draft>(props.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFieldHighlight(formRef, props.highlight);
  /** The record the draft was started from, and the one last received: they part when a newer revision arrives. */
  const [base, setBase] = useState(original);
  const [received, setReceived] = useState(original);
  const [overtaken, setOvertaken] = useState(false);
  if (original !== received) {
    setReceived(original);
    if (original !== undefined && base !== undefined) {
      const rebased = rebaseDraft(target, base, draft, original);
      setBase(original);
      setDraft(rebased.draft);
      // Only a change made elsewhere is news; the echo of this form's own save is not.
      if (!rebased.kept) setOvertaken(false);
      else if (!sameRecord(original, base)) setOvertaken(true);
    }
  }

  const allErrors = useMemo(() => validateDraft(schemaOf(target), specs, draft, t), [target, specs, draft, t]);
  const errors = useMemo(
    () => (showAll ? allErrors : new Map([...allErrors].filter(([path]) => touched.has(path.split('.')[0] ?? '')))),
    [allErrors, showAll, touched],
  );
  const change = changeFor(target, base, draft);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (allErrors.size > 0) {
      setShowAll(true);
      const first = [...allErrors.keys()][0];
      if (first !== undefined) document.getElementById(inputIdOf(first))?.focus();
      return;
    }
    if (change === undefined) return;
    if (await apply([change])) {
      setSaved(true);
      setOvertaken(false);
      setTouched(new Set());
      const id = draft['id'];
      if (original === undefined && target !== 'meta' && typeof id === 'string') {
        if (props.onCreated === undefined) navigate({ screen: 'edit', target, id });
        else props.onCreated(id);
      }
    }
  }

  async function remove() {
    const id = draft['id'];
    if (target === 'meta' || typeof id !== 'string') return;
    if (await apply([{ op: 'delete', collection: target, id }])) {
      if (props.onDeleted === undefined) navigate({ screen: 'edit', target });
      else props.onDeleted();
    }
  }

  return (
    <form ref={formRef} className="record-form" onSubmit={(event) => void save(event)} noValidate aria-labelledby="record-title">
      <h2 id="record-title">{props.title}</h2>
      {overtaken && (
        <div className="notice warning" role="alert" data-testid="draft-overtaken">
          <p>{t('ui.editor.overtaken')}</p>
          <button
            type="button"
            onClick={() => {
              setBase(original);
              if (original !== undefined) setDraft(structuredClone(original));
              setOvertaken(false);
              setTouched(new Set());
            }}
          >
            {t('ui.editor.discardDraft')}
          </button>
        </div>
      )}
      {specs.map((spec) => (
        <div key={spec.name} data-field={spec.name} className="field-slot">
          <DisputedNote collection={target} recordId={target === 'meta' ? META_RECORD_ID : typeof original?.['id'] === 'string' ? original['id'] : undefined} field={spec.name} />
          <FieldInput
            spec={spec}
            path={spec.name}
            value={draft[spec.name]}
            errors={errors}
            onChange={(value) => {
              setSaved(false);
              setDraft((previous) => ({ ...previous, [spec.name]: value }));
              setTouched((previous) => new Set(previous).add(spec.name));
            }}
          />
        </div>
      ))}
      {showAll && allErrors.size > 0 && <p role="alert" className="field-error">{t(`ui.editor.fixErrors.${pluralForm(language, allErrors.size)}`, { count: allErrors.size })}</p>}
      <div className="row form-actions">
        <button type="submit" className="primary" disabled={saving || change === undefined}>{t(original === undefined ? 'ui.editor.create' : 'ui.editor.save')}</button>
        {saved && change === undefined && <span role="status" className="badge ok">{t('ui.editor.saved')}</span>}
        {original !== undefined && target !== 'meta' && (confirmDelete ? (
          <>
            <button type="button" className="danger" onClick={() => void remove()}>{t('ui.editor.confirmDelete')}</button>
            <button type="button" onClick={() => setConfirmDelete(false)}>{t('ui.common.cancel')}</button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>{t('ui.editor.delete')}</button>
        ))}
      </div>
    </form>
  );
}
