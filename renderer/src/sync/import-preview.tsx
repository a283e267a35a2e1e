import { useState } from 'react';
import type { ImportPreviewView } from '../../../shared/sync-contract.js';
import { enumLabels } from '../../../shared/i18n/enum-labels.js';
import { visibleText } from '../../../shared/text-safety.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ChangeList } from './change-list.js';
import { ConflictPreviewList } from './conflict-preview-list.js';

/** Kinds of import that change this laptop's plan; the others are reported and never applied. */
const applicable = new Set<ImportPreviewView['kind']>(['adopt', 'merge']);
/** A plan this laptop already has (or has newer) can still bring the other laptop's crisis events. */
const crisisOnlyKinds = new Set<ImportPreviewView['kind']>(['same', 'older']);

/**
 * What reading this bundle in would do, before anything happens: who signed it (an unknown signer is trusted
 * only after the user compared the fingerprint with the paper binder), which kind of import it is, what
 * changes per collection, and which conflicts arise.
 */
export function ImportPreview(props: { preview: ImportPreviewView; busy: boolean; onApply: (trustSigner: boolean) => void; onCancel: () => void }) {
  const { t, language } = useI18n();
  const { preview } = props;
  const [fingerprintChecked, setFingerprintChecked] = useState(false);
  // Names and titles come from the bundle: a control character or bidi override is shown, never obeyed.
  const signerName = preview.signer.name === undefined ? t('sync.import.unknownName') : visibleText(preview.signer.name);
  const crisisOnly = crisisOnlyKinds.has(preview.kind) && preview.crisis.newEvents > 0;
  const takesSomething = applicable.has(preview.kind) || crisisOnly;
  const canApply = takesSomething && (preview.signer.trusted || fingerprintChecked);

  return (
    <section aria-labelledby="preview-title" className="import-preview" data-testid="import-preview" data-kind={preview.kind}>
      <h3 id="preview-title">{t('sync.import.previewTitle', { fileName: visibleText(preview.fileName) })}</h3>
      <p className="hint">{t('sync.import.nothingApplied')}</p>
      <dl className="facts">
        <dt>{t('sync.import.plan')}</dt>
        <dd>{visibleText(preview.title)} · {visibleText(preview.organisationName)}</dd>
        {/* Each laptop counts its own revisions: the sender's number is shown as its own, never set against
            this laptop's. What the bundle brings is the list of changes below. */}
        <dt>{t('sync.import.revision')}</dt>
        <dd>{preview.revision}</dd>
        <dt>{t('sync.import.exportedAt')}</dt>
        <dd>{formatTimestamp(preview.exportedAt, language)}</dd>
        <dt>{t('sync.import.encryption')}</dt>
        <dd>{t(preview.encrypted ? 'sync.export.encryptedWord' : 'sync.export.plainWord')}</dd>
        <dt>{t('sync.import.signer')}</dt>
        <dd data-testid="preview-signer">
          {signerName} · <span className="fingerprint" data-testid="preview-fingerprint">{preview.signer.fingerprint}</span>{' '}
          <span className={preview.signer.trusted ? 'badge ok' : 'badge critical'}>{t(preview.signer.trusted ? 'sync.import.trusted' : 'sync.import.untrusted')}</span>
        </dd>
      </dl>

      <p className={applicable.has(preview.kind) ? 'notice' : 'notice warning'} data-testid="preview-kind">
        {t(`bundles.kind.${preview.kind}`, { planId: preview.planId })}
      </p>

      {applicable.has(preview.kind) && (
        <>
          <h4>{t('sync.import.changesTitle')}</h4>
          <ChangeList changes={preview.changes} />
          {preview.newConflicts.length > 0 && <ConflictPreviewList conflicts={preview.newConflicts} />}
        </>
      )}

      <CrisisLogsPreview preview={preview} crisisOnly={crisisOnly} />

      {takesSomething && !preview.signer.trusted && (
        <div className="notice critical" role="group" aria-labelledby="trust-title">
          <h4 id="trust-title">{t('sync.import.trustTitle')}</h4>
          <p data-testid="fingerprint-what">{t('sync.fingerprint.what')}</p>
          <p>{t('sync.import.trustExplain', { name: signerName })}</p>
          <p className="fingerprint sync-big-fingerprint">{preview.signer.fingerprint}</p>
          <label className="check">
            <input type="checkbox" checked={fingerprintChecked} onChange={(event) => setFingerprintChecked(event.target.checked)} />
            {t('sync.import.trustConfirm', { fingerprint: preview.signer.fingerprint, name: signerName })}
          </label>
        </div>
      )}

      <div className="row">
        {takesSomething && (
          <button type="button" className="primary" disabled={!canApply || props.busy} onClick={() => props.onApply(!preview.signer.trusted && fingerprintChecked)}>
            {t('sync.import.apply')}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>{t(takesSomething ? 'ui.common.cancel' : 'ui.common.close')}</button>
      </div>
    </section>
  );
}

/** What the bundle's crisis logs bring: new events, refused ones (with device and time), clocks that run ahead. */
function CrisisLogsPreview(props: { preview: ImportPreviewView; crisisOnly: boolean }) {
  const { t, language } = useI18n();
  const { crisis } = props.preview;
  if (crisis.crisisCount === 0) return null;
  const refused = crisis.problems.filter((problem) => !problem.kept);
  const kept = crisis.problems.length - refused.length;
  return (
    <section aria-labelledby="preview-crisis-title" data-testid="preview-crisis">
      <h4 id="preview-crisis-title">{t('sync.import.crisisTitle')}</h4>
      <p>{crisis.newEvents > 0 ? t('sync.import.crisisNew', { count: crisis.newEvents, crises: crisis.crisisCount }) : t('sync.import.crisisNothingNew')}</p>
      {props.crisisOnly && <p className="notice">{t('sync.import.crisisOnly')}</p>}
      {refused.length > 0 && (
        <div className="notice warning" role="group" aria-labelledby="preview-crisis-refused">
          <p id="preview-crisis-refused">{t('sync.import.crisisRefused', { count: refused.length })}</p>
          <ul>
            {refused.map((problem, index) => (
              <li key={index}>
                {t('sync.import.crisisRefusedEvent', {
                  reason: t(enumLabels.crisisProblemReason[problem.reason]),
                  device: visibleText(problem.deviceName ?? problem.deviceFingerprint ?? '?'),
                  time: problem.time === undefined ? '?' : formatTimestamp(problem.time, language),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {kept > 0 && <p className="notice warning">{t('sync.import.crisisKept', { count: kept })}</p>}
      {crisis.clockWarnings.map((warning) => (
        <p key={`${warning.crisisId}-${warning.device}`} className="notice warning">
          {t('sync.import.crisisClock', { device: warning.deviceFingerprint, hours: Math.round(warning.aheadByMs / 3_600_000) })}
        </p>
      ))}
    </section>
  );
}
