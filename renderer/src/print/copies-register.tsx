import type { CopyRecord } from '../../../shared/documents-contract.js';
import type { Translate } from '../../../shared/i18n/index.js';
import { formatTimestamp } from '../i18n/format.js';
import { useI18n } from '../i18n/i18n-context.js';

function whatOf(entry: CopyRecord, t: Translate): string {
  const parts = [t(`print.register.kind.${entry.kind}`), t(`print.register.direction.${entry.direction}`)];
  if (entry.encrypted !== undefined) parts.push(t(entry.encrypted ? 'print.register.encrypted' : 'print.register.unencrypted'));
  return parts.join(', ');
}

/**
 * The register of copies, oldest first as on paper: every numbered print, PDF and Word plan, and every
 * bundle that went out or came in, with its revision and audience.
 */
export function CopiesRegister(props: { entries: readonly CopyRecord[] | undefined; error: string | undefined; planId: string }) {
  const { t, language } = useI18n();
  const { entries, error } = props;
  return (
    <section aria-labelledby="copies-register-title" className="copies-register">
      <h2 id="copies-register-title">{t('print.register.title')}</h2>
      <p className="hint">{t('print.register.intro')}</p>
      {error !== undefined && <p role="alert" className="field-error">{error}</p>}
      {entries === undefined && error === undefined && <p aria-busy="true">{t('print.register.loading')}</p>}
      {entries !== undefined && entries.length === 0 && <p>{t('print.register.empty')}</p>}
      {entries !== undefined && entries.length > 0 && (
        <table className="history-table" data-testid="copies-register">
          <caption className="visually-hidden">{t('print.register.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('print.register.column.number')}</th>
              <th scope="col">{t('print.register.column.at')}</th>
              <th scope="col">{t('print.register.column.what')}</th>
              <th scope="col">{t('print.register.column.revision')}</th>
              <th scope="col">{t('print.register.column.audience')}</th>
              <th scope="col">{t('print.register.column.recipient')}</th>
              <th scope="col">{t('print.register.column.location')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="copy-row" data-copy-number={entry.copyNumber ?? ''} data-kind={entry.kind}>
                <td>{entry.copyNumber ?? '—'}</td>
                <td>{formatTimestamp(entry.at, language)}</td>
                <td>{whatOf(entry, t)}{entry.planId !== props.planId && <> <span className="badge info">{t('print.register.otherPlan')}</span></>}</td>
                <td>{entry.revision}</td>
                <td>{entry.audience === undefined ? '—' : t(`print.audience.${entry.audience}`)}</td>
                <td>{entry.recipient ?? '—'}</td>
                <td className="copy-location">
                  {entry.location ?? '—'}
                  {entry.signerFingerprint !== undefined && (
                    <span className="hint copy-signer">{t('print.register.signer', { fingerprint: entry.signerFingerprint })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
