import { useId, useState, type FormEvent } from 'react';
import { MIN_BUNDLE_PASSPHRASE_LENGTH as MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrase-rules.js';
import type { SyncExportResult } from '../../../shared/sync-contract.js';
import { callApi } from '../api/call-api.js';
import { useI18n } from '../i18n/i18n-context.js';
import { errorText } from './error-text.js';
import { useDeviceKeyRetry } from './use-device-key-retry.js';

type Written = NonNullable<SyncExportResult>;

/**
 * Write the plan to a stick: one bundle file, or a readable kit in a folder. Encrypted unless the user
 * explicitly chooses otherwise after reading what that means. The result is reported only after main has
 * read the bundle back and verified it.
 */
export function ExportPanel(props: { onExported: () => void }) {
  const { t } = useI18n();
  const withDeviceKey = useDeviceKeyRetry();
  const recipientHint = useId();
  const passphraseHint = useId();
  const [recipient, setRecipient] = useState('');
  const [asKit, setAsKit] = useState(false);
  const [includePdf, setIncludePdf] = useState(true);
  const [includeWord, setIncludeWord] = useState(true);
  // The kit's documents lie unencrypted on the stick: the organisation's by default. The crisis team's (with
  // private numbers) only when chosen here and then confirmed in main's own dialog.
  const [personalDocuments, setPersonalDocuments] = useState(false);
  const audience = personalDocuments ? ('crisis-team' as const) : ('organisation' as const);
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [plainConfirmed, setPlainConfirmed] = useState(false);
  /** What is wrong, and the option it is about: changing that option clears it. */
  const [problem, setProblem] = useState<{ readonly text: string; readonly about: 'plain' | 'passphrase' | 'export' } | undefined>();
  const clearProblem = (...about: readonly ('plain' | 'passphrase')[]) => setProblem((current) => (current !== undefined && (about as readonly string[]).includes(current.about) ? undefined : current));
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<Written | undefined>();

  function check(): { text: string; about: 'plain' | 'passphrase' } | undefined {
    if (!encrypt) return plainConfirmed ? undefined : { text: t('sync.export.confirmNeeded'), about: 'plain' };
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { text: t('sync.export.tooShort', { min: MIN_PASSPHRASE_LENGTH }), about: 'passphrase' };
    if (passphrase !== repeat) return { text: t('sync.export.mismatch'), about: 'passphrase' };
    return undefined;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setWritten(undefined);
    const invalid = check();
    setProblem(invalid);
    if (invalid !== undefined) return;
    const protection = encrypt ? { passphrase } : { encrypt: false as const };
    const who = recipient.trim() === '' ? {} : { recipient: recipient.trim() };
    setBusy(true);
    try {
      const result = await withDeviceKey(() =>
        asKit
          ? callApi('sync.exportKit', { ...protection, ...who, audience, includePdf, includeWord })
          : callApi('sync.export', { ...protection, ...who }),
      );
      if (result === null) return;
      setWritten(result);
      setPassphrase('');
      setRepeat('');
      props.onExported();
    } catch (caught) {
      setProblem({ text: errorText(t, caught), about: 'export' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-title" className="sync-panel">
      <h2 id="export-title">{t('sync.export.title')}</h2>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field">
            <span>{t('sync.export.recipient')}</span>
            <input value={recipient} maxLength={300} aria-describedby={recipientHint} onChange={(event) => setRecipient(event.target.value)} />
          </label>
          <span className="hint" id={recipientHint}>{t('sync.export.recipientHint')}</span>
        </div>

        <fieldset>
          <legend>{t('sync.export.what')}</legend>
          <label className="check">
            <input type="radio" name="export-what" checked={!asKit} onChange={() => setAsKit(false)} />
            {t('sync.export.whatBundle')}
          </label>
          <label className="check">
            <input type="radio" name="export-what" checked={asKit} onChange={() => setAsKit(true)} />
            {t('sync.export.whatKit')}
          </label>
          {asKit && (
            <div className="stack sync-indent">
              <label className="check">
                <input type="checkbox" checked={includePdf} onChange={(event) => setIncludePdf(event.target.checked)} />
                {t('sync.export.includePdf')}
              </label>
              <label className="check">
                <input type="checkbox" checked={includeWord} onChange={(event) => setIncludeWord(event.target.checked)} />
                {t('sync.export.includeWord')}
              </label>
              <label className="check">
                <input type="checkbox" checked={personalDocuments} onChange={(event) => setPersonalDocuments(event.target.checked)} />
                {t('sync.export.personalDocuments')}
              </label>
              <p className="hint">{t('sync.export.audienceCrisisTeamOnly')}</p>
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('sync.export.encryption')}</legend>
          <label className="check">
            <input type="radio" name="export-encryption" checked={encrypt} onChange={() => { setEncrypt(true); clearProblem('plain', 'passphrase'); }} />
            {t('sync.export.encrypted')}
          </label>
          {encrypt && (
            <div className="stack sync-indent">
              <div className="field">
                <label className="field">
                  <span>{t('sync.export.passphrase')}</span>
                  <input type="password" autoComplete="new-password" value={passphrase} maxLength={1_024} aria-describedby={passphraseHint} onChange={(event) => { setPassphrase(event.target.value); clearProblem('passphrase'); }} />
                </label>
                <span className="hint" id={passphraseHint}>{t('sync.export.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}</span>
              </div>
              <label className="field">
                <span>{t('sync.export.passphraseRepeat')}</span>
                <input type="password" autoComplete="new-password" value={repeat} maxLength={1_024} onChange={(event) => { setRepeat(event.target.value); clearProblem('passphrase'); }} />
              </label>
            </div>
          )}
          <label className="check">
            <input type="radio" name="export-encryption" checked={!encrypt} onChange={() => { setEncrypt(false); clearProblem('plain', 'passphrase'); }} />
            {t('sync.export.plain')}
          </label>
          {!encrypt && (
            <div className="notice critical sync-indent">
              <p>{t('sync.export.plainWarning')}</p>
              <label className="check">
                <input type="checkbox" checked={plainConfirmed} onChange={(event) => { setPlainConfirmed(event.target.checked); clearProblem('plain'); }} />
                {t('sync.export.plainConfirm')}
              </label>
            </div>
          )}
        </fieldset>

        {problem !== undefined && <p role="alert" className="field-error">{problem.text}</p>}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>{t(asKit ? 'sync.export.submitKit' : 'sync.export.submitBundle')}</button>
          {busy && <span role="status">{t('sync.export.busy')}</span>}
        </div>
      </form>
      {written !== undefined && <ExportDone written={written} />}
    </section>
  );
}

function ExportDone(props: { written: Written }) {
  const { t } = useI18n();
  const { written } = props;
  return (
    <div role="status" className="notice" data-testid="export-done">
      <p>
        {t('sync.export.done', {
          path: written.path,
          revision: written.revision,
          copyNumber: written.copyNumber,
          encryption: t(written.encrypted ? 'sync.export.encryptedWord' : 'sync.export.plainWord'),
        })}
      </p>
      <p>{t('sync.export.fingerprint', { fingerprint: written.fingerprint })}</p>
      <p className="hint" data-testid="fingerprint-what">{t('sync.fingerprint.what')}</p>
      {written.kitFiles.length > 0 && (
        <>
          <p>{t('sync.export.kitFiles')}</p>
          <ul>{written.kitFiles.map((file) => <li key={file}>{file}</li>)}</ul>
        </>
      )}
      {written.readableFiles.length > 0 && (
        <>
          <p>{t('sync.export.readableFiles')}</p>
          <ul data-testid="readable-files">{written.readableFiles.map((file) => <li key={file}>{file}</li>)}</ul>
        </>
      )}
    </div>
  );
}
