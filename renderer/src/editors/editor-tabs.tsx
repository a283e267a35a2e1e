import { collectionNames } from '../../../shared/plan/plan.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';
import type { EditorTarget } from '../router/routes.js';

const targets: readonly EditorTarget[] = ['meta', ...collectionNames];

export function EditorTabs(props: { current: EditorTarget }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('ui.editor.sections')} className="editor-tabs">
      <ul>
        {targets.map((target) => (
          <li key={target}>
            <Link to={{ screen: 'edit', target }} current={target === props.current}>{t(`ui.collection.${target}`)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
