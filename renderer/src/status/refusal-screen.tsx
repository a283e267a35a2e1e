import { useState } from 'react';
import type { Refusal } from '../../../shared/api.js';
import { translateRuntime, type PlainMessageKey } from '../../../shared/i18n/index.js';
import { callApi, ApiCallError } from '../api/call-api.js';
import { formatTimestamp } from '../i18n/format.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';

const tampered = new Set(['SIGNATURE_INVALID', 'UNSIGNED', 'PLAN_MISMATCH']);
const corrupt = new Set(['INVALID_JSON', 'INVALID_UTF8', 'FILE_EMPTY', 'FILE_TOO_LARGE', 'NESTING_TOO_DEEP', 'FORBIDDEN_KEY', 'DUPLICATE_KEY', 'SCHEMA_INVALID', 'SPEC_UNKNOWN']);

/** Refusals of the folder as a whole: no revision in it can be trusted, so the way out lies outside it. */
const folderRefusals = new Set(['KEY_WITHOUT_PLAN', 'STATE_TAMPERED', 'STATE_MISSING', 'DEVICE_KEY_MISMATCH']);

function explanationOf(code: string): PlainMessageKey {
  if (code === 'KEY_WITHOUT_PLAN') return 'ui.refusal.keyWithoutPlan';
  if (code === 'STATE_TAMPERED' || code === 'STATE_MISSING') return 'ui.refusal.stateBroken';
  if (code === 'DEVICE_KEY_MISMATCH') return 'ui.refusal.keyMismatch';
  if (code === 'PLAN_ID_CHANGED') return 'ui.refusal.planIdChanged';
  if (tampered.has(code)) return 'ui.refusal.tampered';
  if (corrupt.has(code)) return 'ui.refusal.corrupt';
  if (code === 'ROLLBACK') return 'ui.refusal.rollback';
  if (code === 'SIGNER_UNKNOWN') return 'ui.refusal.unknownSigner';
  if (code === 'SPEC_TOO_NEW') return 'ui.refusal.tooNew';
  return 'ui.refusal.other';
}

/**
 * The store would not open the plan. Say so in plain words, show where the refused file went (it is never
 * overwritten), and offer the way out: restore the last revision that verifies, as a new revision.
 */
export function RefusalScreen(props: { refusal: Refusal; dataDir: string; onRestored: () => void }) {
  const { t, language } = useI18n();
  const { refusal } = props;
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function restore(revision: number) {
    setBusy(true);
    try {
      await callApi('history.restore', revision);
      props.onRestored();
    } catch (caught) {
      setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
      setBusy(false);
    }
  }

  return (
    <main className="status-screen refusal" id="main">
      <h1>{t('ui.refusal.title')}</h1>
      <p className="lead">{t(explanationOf(refusal.code))}</p>
      <p>{t('ui.refusal.nothingOverwritten')}</p>
      <dl className="facts">
        <dt>{t('ui.refusal.reason')}</dt>
        <dd>{translateRuntime(t, `error.${refusal.code}`, refusal.params)}</dd>
        {refusal.movedTo !== undefined && (
          <>
            <dt>{t('ui.refusal.movedTo')}</dt>
            <dd><code>{refusal.movedTo}</code></dd>
          </>
        )}
      </dl>
      {folderRefusals.has(refusal.code) ? (
        <p className="notice">{t('ui.refusal.wayOutBackup', { dataDir: props.dataDir })}</p>
      ) : refusal.lastGood === undefined ? (
        <p className="notice">{t('ui.refusal.noLastGood')}</p>
      ) : (
        <div className="stack">
          <p>{t('ui.refusal.lastGood', { revision: refusal.lastGood.revision, savedAt: formatTimestamp(refusal.lastGood.savedAt, language) })}</p>
          <button type="button" className="primary large" disabled={busy} onClick={() => void restore(refusal.lastGood?.revision ?? 0)}>
            {t('ui.refusal.restore', { revision: refusal.lastGood.revision })}
          </button>
        </div>
      )}
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
    </main>
  );
}
