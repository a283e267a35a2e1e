import { useMemo, useState } from 'react';
import { fieldOfGap, type HealthCode, type HealthGap } from '../../../shared/plan/health/index.js';
import { META_RECORD_ID } from '../../../shared/plan/plan.js';
import { translateRuntime } from '../../../shared/i18n/index.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useHealth } from '../plan/use-health.js';
import { Link } from '../router/link.js';
import type { Route } from '../router/routes.js';
import { VirtualList } from '../shell/virtual-list.js';

/** A rule with this many gaps or fewer shows them at once; a longer list opens on request. */
const OPEN_UP_TO = 5;

/** The record to fix, with the field at fault highlighted there. */
function routeToFix(gap: HealthGap): Route {
  const field = fieldOfGap(gap);
  const at = field === undefined ? {} : { field };
  if (gap.collection === 'meta' || gap.recordId === META_RECORD_ID) return { screen: 'edit', target: 'meta', ...at };
  return { screen: 'edit', target: gap.collection, id: gap.recordId, ...at };
}

function HealthRow(props: { gap: HealthGap }) {
  const { t } = useI18n();
  const { gap } = props;
  return (
    <div className={`health-row ${gap.severity}`} data-testid="health-gap" data-code={gap.code} data-record={gap.recordId}>
      <Link to={routeToFix(gap)}>{translateRuntime(t, `health.${gap.code}`, gap.params)}</Link>
    </div>
  );
}

interface RuleGroup {
  readonly code: HealthCode;
  readonly gaps: readonly HealthGap[];
}

/** One rule: the problem with its count and its fix, then each case linking to the record where it is fixed. */
function HealthGroup(props: { group: RuleGroup }) {
  const { t } = useI18n();
  const { code, gaps } = props.group;
  const [open, setOpen] = useState(gaps.length <= OPEN_UP_TO);
  const severity = gaps[0]?.severity ?? 'info';
  return (
    <li className={`health-group ${severity}`} data-testid="health-group" data-code={code}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className={`badge ${severity}`}>{t(`health.severity.${severity}`)}</span>{' '}
          <strong className="health-rule">{t('ui.health.group', { rule: t(`health.rule.${code}`), count: gaps.length })}</strong>
          <span className="health-fix">{t('ui.health.fix')} {t(`health.fix.${code}`)}</span>
        </summary>
        {open && (
          <VirtualList
            label={t(`health.rule.${code}`)}
            count={gaps.length}
            rowHeight={44}
            maxHeight={320}
            rowKey={(index) => `${gaps[index]?.recordId}:${index}`}
            renderRow={(index) => {
              const gap = gaps[index];
              return gap === undefined ? null : <HealthRow gap={gap} />;
            }}
          />
        )}
      </details>
    </li>
  );
}

/** The plan's gaps grouped by rule, most serious first, each rule worded as the problem and its fix. */
export function HealthList() {
  const { t } = useI18n();
  const gaps = useHealth();
  const groups = useMemo(() => {
    const byCode = new Map<HealthCode, HealthGap[]>();
    for (const gap of gaps) byCode.set(gap.code, [...(byCode.get(gap.code) ?? []), gap]);
    return [...byCode].map(([code, list]): RuleGroup => ({ code, gaps: list }));
  }, [gaps]);
  if (gaps.length === 0) return <p className="badge ok">{t('ui.health.none')}</p>;
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const gap of gaps) counts[gap.severity] += 1;
  return (
    <>
      <p data-testid="health-count">{t('ui.health.counts', counts)}</p>
      <ul className="health-groups" aria-label={t('ui.health.title')}>
        {groups.map((group) => (
          <HealthGroup key={group.code} group={group} />
        ))}
      </ul>
    </>
  );
}
