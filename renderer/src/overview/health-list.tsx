import type { HealthGap } from '../../../shared/plan/health/index.js';
import { META_RECORD_ID } from '../../../shared/plan/plan.js';
import { translateRuntime } from '../../../shared/i18n/index.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useHealth } from '../plan/use-health.js';
import { Link } from '../router/link.js';
import type { Route } from '../router/routes.js';
import { VirtualList } from '../shell/virtual-list.js';

function routeToFix(gap: HealthGap): Route {
  if (gap.collection === 'meta' || gap.recordId === META_RECORD_ID) return { screen: 'edit', target: 'meta' };
  return { screen: 'edit', target: gap.collection, id: gap.recordId };
}

function HealthRow(props: { gap: HealthGap }) {
  const { t } = useI18n();
  const { gap } = props;
  return (
    <div className={`health-row ${gap.severity}`} data-testid="health-gap" data-code={gap.code} data-record={gap.recordId}>
      <span className={`badge ${gap.severity}`}>{t(`health.severity.${gap.severity}`)}</span>
      <Link to={routeToFix(gap)}>{translateRuntime(t, `health.${gap.code}`, gap.params)}</Link>
    </div>
  );
}

/** Each gap in the plan as one concrete line, linking to the record where it is fixed. */
export function HealthList() {
  const { t } = useI18n();
  const gaps = useHealth();
  if (gaps.length === 0) return <p className="badge ok">{t('ui.health.none')}</p>;
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const gap of gaps) counts[gap.severity] += 1;
  return (
    <>
      <p data-testid="health-count">{t('ui.health.counts', counts)}</p>
      <VirtualList
        label={t('ui.health.title')}
        count={gaps.length}
        rowHeight={44}
        maxHeight={440}
        rowKey={(index) => `${gaps[index]?.code}:${gaps[index]?.recordId}:${index}`}
        renderRow={(index) => {
          const gap = gaps[index];
          return gap === undefined ? null : <HealthRow gap={gap} />;
        }}
      />
    </>
  );
}
