import { useState } from 'react';
import type { AtRestStatus } from '../../../shared/api.js';
import type { PlainMessageKey } from '../../../shared/i18n/index.js';
import { ApiCallError, callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';

/**
 * Security of this laptop's data folder: whether it is encrypted at rest, and the switch. The page only asks;
 * main confirms with the user in its own dialog and refuses to make a portable folder plain.
 */
export function SecurityScreen() {
  const { t } = useI18n();
  const loaded = useApiQuery(() => callApi('security.atRest'), []);
  const [changed, setChanged] = useState<AtRestStatus | undefined>();
  const [outcome, setOutcome] = useState<PlainMessageKey | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const status = changed ?? loaded.data;

  async function turn(encrypted: boolean) {
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await callApi('security.setAtRest', { encrypted });
      setProblem(undefined);
      if (result === null) {
        setOutcome('ui.security.declined');
        return;
      }
      setChanged(result);
      setOutcome(result.encrypted ? 'ui.security.turnedOn' : 'ui.security.turnedOff');
    } catch (caught) {
      setProblem(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="security">
      <h1>{t('ui.security.title')}</h1>
      <section aria-labelledby="at-rest-heading">
        <h2 id="at-rest-heading">{t('ui.security.atRestHeading')}</h2>
        <p className="lead">{t('ui.security.atRestExplain')}</p>
        {loaded.error === undefined ? null : <p role="alert" className="notice critical">{loaded.error}</p>}
        {status === undefined ? null : (
          <>
            <p data-testid="at-rest-state">{t(status.encrypted ? 'ui.security.atRestOn' : 'ui.security.atRestOff')}</p>
            {status.portable ? (
              <p className="hint">{t('ui.security.portableAlways')}</p>
            ) : (
              <button type="button" disabled={busy} onClick={() => void turn(!status.encrypted)}>
                {t(status.encrypted ? 'ui.security.turnOff' : 'ui.security.turnOn')}
              </button>
            )}
          </>
        )}
        {outcome === undefined ? null : <p role="status" className="notice">{t(outcome)}</p>}
        {problem === undefined ? null : <p role="alert" className="notice critical">{problem}</p>}
      </section>
    </div>
  );
}
