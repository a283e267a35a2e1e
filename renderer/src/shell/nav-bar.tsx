import type { PlainMessageKey } from '../../../shared/i18n/index.js';
import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';
import type { Route } from '../router/routes.js';

const items: readonly { readonly key: PlainMessageKey; readonly to: Route; readonly screen: Route['screen'] }[] = [
  { key: 'ui.nav.overview', to: { screen: 'overview' }, screen: 'overview' },
  { key: 'ui.nav.crisis', to: { screen: 'crisis' }, screen: 'crisis' },
  { key: 'ui.nav.search', to: { screen: 'search' }, screen: 'search' },
  { key: 'ui.nav.impact', to: { screen: 'impact' }, screen: 'impact' },
  { key: 'ui.nav.edit', to: { screen: 'edit', target: 'people' }, screen: 'edit' },
  { key: 'ui.nav.cycle', to: { screen: 'cycle', part: 'programme' }, screen: 'cycle' },
  { key: 'ui.nav.history', to: { screen: 'history' }, screen: 'history' },
  { key: 'ui.nav.contacts', to: { screen: 'contacts' }, screen: 'contacts' },
  { key: 'print.nav', to: { screen: 'print' }, screen: 'print' },
  { key: 'sync.nav', to: { screen: 'sync' }, screen: 'sync' },
  { key: 'ui.nav.security', to: { screen: 'security' }, screen: 'security' },
];

export function NavBar(props: { current: Route['screen'] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('ui.nav.label')} className="nav-bar">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.to} current={item.screen === props.current} className={item.screen === 'crisis' ? 'nav-crisis' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
