import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import type { ImportPreviewView } from '../../../shared/sync-contract.js';
import { callApi, errorCodeOf } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { usePlan } from '../plan/plan-context.js';
import { Link } from '../router/link.js';
import { navigate } from '../router/use-route.js';
import { errorText } from './error-text.js';
import { ImportPreview } from './import-preview.js';
import { useDeviceKeyRetry } from './use-device-key-retry.js';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'passphrase'; readonly wrong: string | undefined }
  | { readonly kind: 'preview'; readonly preview: ImportPreviewView }
  | { readonly kind: 'applied'; readonly revision: number; readonly conflicts: number; readonly crisisEvents: number; readonly planChanged: boolean }
  | { readonly kind: 'nothing' };

const passphraseCodes = new Set(['BUNDLE_PASSPHRASE_REQUIRED', 'BUNDLE_PASSPHRASE_WRONG']);

/**
 * Read a bundle in: choose it (or drop it on the window, or open it with the app: those arrive here as a
 * received file), give its passphrase, look at the preview, and apply it only on the user's word.
 */
export function ImportPanel(props: { fileId: string | undefined; fileName: string | undefined; onApplied: () => void }) {
  const { t } = useI18n();
  const { replace, whileSaving } = usePlan();
  const withDeviceKey = useDeviceKeyRetry();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { fileId } = props;

  async function open(id: string, withPassphrase: string | undefined) {
    setError(undefined);
    setStep({ kind: 'opening' });
    try {
      const preview = await callApi('sync.preview', { fileId: id, ...(withPassphrase === undefined ? {} : { passphrase: withPassphrase }) });
      setPassphrase('');
      setStep({ kind: 'preview', preview });
    } catch (caught) {
      const code = errorCodeOf(caught);
      if (code !== undefined && passphraseCodes.has(code)) {
        setStep({ kind: 'passphrase', wrong: code === 'BUNDLE_PASSPHRASE_WRONG' ? errorText(t, caught) : undefined });
        return;
      }
      setStep({ kind: 'idle' });
      setError(errorText(t, caught));
    }
  }

  // Only a newly received file starts a new preview, not a new translator or a new render.
  const openReceived = useEffectEvent((id: string) => void open(id, undefined));
  useEffect(() => {
    setPassphrase('');
    if (fileId === undefined) {
      setStep({ kind: 'idle' });
      return;
    }
    openReceived(fileId);
  }, [fileId]);

  async function choose() {
    setError(undefined);
    try {
      const received = await callApi('sync.chooseImport');
      if (received !== null) navigate({ screen: 'sync', fileId: received.fileId, fileName: received.fileName });
    } catch (caught) {
      setError(errorText(t, caught));
    }
  }

  function submitPassphrase(event: FormEvent) {
    event.preventDefault();
    if (fileId !== undefined && passphrase !== '') void open(fileId, passphrase);
  }

  async function apply(preview: ImportPreviewView, trustSigner: boolean) {
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await whileSaving(
        () => withDeviceKey(() => callApi('sync.apply', { token: preview.token, trustSigner })),
        (applied) => applied.plan.revision,
      );
      replace(outcome.plan);
      setStep(
        outcome.applied
          ? {
              kind: 'applied',
              revision: outcome.revision,
              conflicts: outcome.newConflicts,
              crisisEvents: outcome.crisisEventsAdded,
              planChanged: outcome.kind === 'adopt' || outcome.kind === 'merge',
            }
          : { kind: 'nothing' },
      );
      props.onApplied();
    } catch (caught) {
      setError(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-title" className="sync-panel">
      <h2 id="import-title">{t('sync.import.title')}</h2>
      <div className="row">
        <button type="button" className="primary" onClick={() => void choose()}>{t('sync.import.choose')}</button>
      </div>
      <p className="hint">{t('sync.import.dropHint')}</p>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {step.kind === 'opening' && <p role="status">{t('sync.import.opening')}</p>}
      {step.kind === 'passphrase' && (
        <form className="stack" onSubmit={submitPassphrase} aria-labelledby="bundle-passphrase-title">
          <h3 id="bundle-passphrase-title">{t('sync.import.passphraseTitle', { fileName: props.fileName ?? '' })}</h3>
          <label className="field">
            <span>{t('sync.import.passphrase')}</span>
            <input type="password" autoComplete="off" value={passphrase} maxLength={1_024} onChange={(event) => setPassphrase(event.target.value)} autoFocus />
          </label>
          {step.wrong !== undefined && <p role="alert" className="field-error">{step.wrong}</p>}
          <div className="row">
            <button type="submit" className="primary" disabled={passphrase === ''}>{t('sync.import.open')}</button>
            <button type="button" onClick={() => navigate({ screen: 'sync' })}>{t('ui.common.cancel')}</button>
          </div>
        </form>
      )}
      {step.kind === 'preview' && (
        <ImportPreview
          preview={step.preview}
          busy={busy}
          onApply={(trustSigner) => void apply(step.preview, trustSigner)}
          onCancel={() => navigate({ screen: 'sync' })}
        />
      )}
      {step.kind === 'applied' && (
        <div role="status" className="notice" data-testid="import-done">
          {step.planChanged && <p>{t('sync.import.applied', { revision: step.revision })}</p>}
          {step.crisisEvents > 0 && <p>{t('sync.import.crisisApplied', { count: step.crisisEvents })}</p>}
          {step.conflicts > 0 && (
            <p>
              {t('sync.import.appliedConflicts', { count: step.conflicts })}{' '}
              <Link to={{ screen: 'conflicts' }}>{t('sync.import.toConflicts')}</Link>
            </p>
          )}
        </div>
      )}
      {step.kind === 'nothing' && <p role="status" className="notice">{t('sync.import.nothingToApply')}</p>}
    </section>
  );
}
