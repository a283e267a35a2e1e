import type { CollectionName } from '../../../shared/plan/plan.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import type { EditorTarget } from '../router/routes.js';
import { CallTreeView } from './call-tree-view.js';
import { EditorTabs } from './editor-tabs.js';
import { newRecord } from './new-record.js';
import { RecordForm } from './record-form.js';
import { RecordList } from './record-list.js';
import type { Draft } from './record-draft.js';
import { recordLabels } from '../../../shared/plan/record-names.js';

function CollectionEditor(props: { collection: CollectionName; id?: string | undefined; field?: string | undefined }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const { collection, id } = props;
  const records: readonly { id: string }[] = view.content[collection];
  const original = id === undefined || id === 'new' ? undefined : (records.find((record) => record.id === id) as Draft | undefined);
  const label = original === undefined ? undefined : recordLabels(view.content, collection).find((entry) => entry.id === id)?.label;
  let form = <p className="hint">{t('ui.editor.choose')}</p>;
  if (id === 'new') {
    form = <RecordForm key={`${collection}:new`} target={collection} original={undefined} initial={newRecord(collection)} title={t('ui.editor.newTitle', { kind: t(`ui.collection.${collection}`) })} />;
  } else if (original !== undefined) {
    form = <RecordForm key={`${collection}:${original.id}`} target={collection} original={original} initial={structuredClone(original) as Draft} title={label ?? String(id)} highlight={props.field} />;
  } else if (id !== undefined) {
    form = <p role="alert">{t('ui.editor.notFound', { id })}</p>;
  }
  return (
    <div className="collection-editor">
      {collection === 'callTree' ? <CallTreeView selectedId={id} /> : <RecordList collection={collection} selectedId={id} />}
      <div className="record-pane">{form}</div>
    </div>
  );
}

/** Every part of the plan, editable: people and their numbers, roles, the call tree, ... and the plan's own data. */
export function EditorScreen(props: { target: EditorTarget; id?: string | undefined; field?: string | undefined }) {
  const { t } = useI18n();
  const { view } = usePlan();
  return (
    <div className="editor">
      <h1>{t('ui.editor.title', { section: t(`ui.collection.${props.target}`) })}</h1>
      <EditorTabs current={props.target} />
      {props.target === 'meta' ? (
        <RecordForm key="meta" target="meta" original={view.content.meta as Draft} initial={structuredClone(view.content.meta) as Draft} title={t('ui.collection.meta')} highlight={props.field} />
      ) : (
        <CollectionEditor collection={props.target} id={props.id} field={props.field} />
      )}
    </div>
  );
}
