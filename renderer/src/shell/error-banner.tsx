import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';

export function ErrorBanner() {
  const { t } = useI18n();
  const { error, clearError } = usePlan();
  if (error === undefined) return null;
  return (
    <div role="alert" className="error-banner">
      <p>{error}</p>
      <button type="button" onClick={clearError}>{t('ui.common.close')}</button>
    </div>
  );
}
