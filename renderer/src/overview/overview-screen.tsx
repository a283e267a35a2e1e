import { ConflictsBanner } from '../conflicts/conflicts-banner.js';
import { useI18n } from '../i18n/i18n-context.js';
import { HealthList } from './health-list.js';
import { PlanIdentity } from './plan-identity.js';
import { QuickActions } from './quick-actions.js';

export function OverviewScreen() {
  const { t } = useI18n();
  return (
    <div className="overview">
      <PlanIdentity />
      <ConflictsBanner />
      <QuickActions />
      <section aria-labelledby="health-title">
        <h2 id="health-title">{t('ui.health.title')}</h2>
        <HealthList />
      </section>
    </div>
  );
}
