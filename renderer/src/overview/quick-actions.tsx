import { useI18n } from '../i18n/i18n-context.js';
import { Link } from '../router/link.js';

export function QuickActions() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('ui.quick.label')} className="quick-actions">
      <Link to={{ screen: 'crisis' }} className="button crisis-button">{t('ui.quick.crisis')}</Link>
      <Link to={{ screen: 'search' }} className="button">{t('ui.quick.search')}</Link>
      <Link to={{ screen: 'edit', target: 'people', id: 'new' }} className="button">{t('ui.quick.addPerson')}</Link>
      <Link to={{ screen: 'impact' }} className="button">{t('ui.quick.impact')}</Link>
      <Link to={{ screen: 'contacts' }} className="button">{t('ui.quick.contacts')}</Link>
    </nav>
  );
}
