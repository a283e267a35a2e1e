import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import './conflicts.css';

/** On the overview, while syncing left conflicts for the user to decide. */
export function ConflictsBanner() {
  const { t } = useI18n();
  const { view } = usePlan();
  const count = view.conflictCount;
  if (count === 0) return null;
  return (
    <div className="notice warning conflicts-banner" data-testid="conflicts-banner">
      <span>{count === 1 ? t('sync.conflicts.bannerOne') : t('sync.conflicts.bannerMany', { count })}</span>
      <Link to={{ screen: 'conflicts' }} className="button">{t('sync.conflicts.bannerLink')}</Link>
    </div>
  );
}
