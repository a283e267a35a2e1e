import { isMessageKey, translateRuntime, type Translate } from '../../shared/i18n/index.js';
import type { HealthGap } from '../../shared/plan/health/index.js';

/** One gap as a line: severity, then what is wrong in the user's language. */
export function healthLine(gap: HealthGap, t: Translate): string {
  const key = `health.${gap.code}`;
  const severityKey = `health.severity.${gap.severity}`;
  const severity = isMessageKey(severityKey) ? translateRuntime(t, severityKey) : gap.severity;
  const text = isMessageKey(key) ? translateRuntime(t, key, gap.params) : gap.code;
  return `[${severity}] ${text}`;
}
