import type { CollectionName } from '../../../shared/plan/plan.js';
import { recordLabels } from '../../../shared/plan/record-names.js';
import { newRecord } from '../editors/new-record.js';
import type { Draft } from '../editors/record-draft.js';
import { RecordForm } from '../editors/record-form.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { navigate } from '../router/use-route.js';
import type { CyclePart } from '../router/routes.js';

/**
 * One record of the cycle (an exercise, an improvement action) in the plan's own editor form, kept on the cycle
 * screen: saving is an ordinary plan change, and after creating or deleting the user stays in this part.
 */
export function CycleRecordPane(props: { collection: CollectionName; part: CyclePart; id: string; fresh?: () => Draft }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const { collection, part, id } = props;
  const stay = {
    onCreated: (created: string) => navigate({ screen: 'cycle', part, id: created }),
    onDeleted: () => navigate({ screen: 'cycle', part }),
  };
  if (id === 'new') {
    const initial = props.fresh?.() ?? newRecord(collection);
    return <RecordForm key={`${collection}:new`} target={collection} original={undefined} initial={initial} title={t('ui.editor.newTitle', { kind: t(`ui.collection.${collection}`) })} {...stay} />;
  }
  const records: readonly { id: string }[] = view.content[collection];
  const original = records.find((record) => record.id === id) as Draft | undefined;
  if (original === undefined) return <p role="alert">{t('ui.editor.notFound', { id })}</p>;
  const label = recordLabels(view.content, collection).find((entry) => entry.id === id)?.label ?? id;
  return <RecordForm key={`${collection}:${id}:${view.revision}`} target={collection} original={original} initial={structuredClone(original) as Draft} title={label} {...stay} />;
}
