import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useHealth } from '../plan/use-health.js';
import { useRecordNames } from '../plan/use-record-names.js';
import { Link } from '../router/link.js';
import { buildCallTree, flattenCallTree, type CallTreeNode } from '../../../shared/plan/call-tree.js';

function TreeNode(props: { node: CallTreeNode; names: ReadonlyMap<string, string>; selectedId?: string; level: number }) {
  const { t } = useI18n();
  const { entry, children } = props.node;
  const name = (id: string) => props.names.get(id) ?? id;
  return (
    <li>
      <Link to={{ screen: 'edit', target: 'callTree', id: entry.id }} current={entry.id === props.selectedId}>{name(entry.personId)}</Link>
      {entry.backupCallerPersonId !== undefined && <span className="hint"> · {t('ui.callTree.backup', { name: name(entry.backupCallerPersonId) })}</span>}
      {children.length > 0 && (
        <ul>
          {children.map((child) => <TreeNode key={child.entry.id} node={child} names={props.names} selectedId={props.selectedId} level={props.level + 1} />)}
        </ul>
      )}
    </li>
  );
}

/** The call tree edited as a tree; people in a calling circle, and crisis-role holders no one calls, are flagged. */
export function CallTreeView(props: { selectedId?: string }) {
  const { t } = useI18n();
  const { view } = usePlan();
  const gaps = useHealth();
  const names = useRecordNames('people');
  const model = useMemo(() => buildCallTree(view.content.callTree), [view.content.callTree]);
  const unreached = useMemo(() => flattenCallTree(model.unreached).map(({ node }) => node.entry), [model]);
  const notCalled = gaps.filter((gap) => gap.code === 'rolePersonNotInCallTree');
  return (
    <div className="call-tree record-list">
      <Link to={{ screen: 'edit', target: 'callTree', id: 'new' }} className="button primary">{t('ui.callTree.add')}</Link>
      <ul className="tree" aria-label={t('ui.collection.callTree')}>
        {model.roots.map((node) => <TreeNode key={node.entry.id} node={node} names={names} selectedId={props.selectedId} level={1} />)}
      </ul>
      {unreached.length > 0 && (
        <section className="notice critical" aria-labelledby="cycle-title">
          <h3 id="cycle-title">{t('ui.callTree.cycle')}</h3>
          <ul>
            {unreached.map((entry) => (
              <li key={entry.id}><Link to={{ screen: 'edit', target: 'callTree', id: entry.id }}>{names.get(entry.personId) ?? entry.personId}</Link></li>
            ))}
          </ul>
        </section>
      )}
      {notCalled.length > 0 && (
        <section className="notice warning" aria-labelledby="not-called-title">
          <h3 id="not-called-title">{t('ui.callTree.notCalled')}</h3>
          <ul>
            {notCalled.map((gap) => (
              <li key={gap.recordId}><Link to={{ screen: 'edit', target: 'people', id: gap.recordId }}>{String(gap.params['person'] ?? gap.recordId)}</Link></li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
