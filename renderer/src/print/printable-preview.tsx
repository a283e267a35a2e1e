import { useEffect, useState } from 'react';
import type { PrintableDocumentKind, PrintablePreview as Preview } from '../../../shared/documents-contract.js';
import type { Audience } from '../../../shared/plan/vocabularies.js';
import { callApi, ApiCallError } from '../api/call-api.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';

interface PreviewProps {
  readonly kind: PrintableDocumentKind;
  readonly audience: Audience;
  readonly title: string;
  /** Changes whenever what the printable shows may have changed: the plan's revision, the register. */
  readonly refreshKey: string;
}

/**
 * The printable exactly as main renders it, in a sandboxed frame: no scripts, an opaque origin, and the
 * document's own CSP on top of the page's. It cannot reach the app or the network.
 */
export function PrintablePreview(props: PreviewProps) {
  const { t, language } = useI18n();
  const { kind, audience, refreshKey } = props;
  const [preview, setPreview] = useState<Preview | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let current = true;
    setPreview(undefined);
    setError(undefined);
    callApi('documents.preview', { kind, audience, language }).then(
      (made) => {
        if (current) setPreview(made);
      },
      (caught: unknown) => {
        if (current) setError(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [kind, audience, language, refreshKey, t]);

  if (error !== undefined) return <p role="alert" className="field-error">{error}</p>;
  if (preview === undefined) return <p aria-busy="true" className="print-preview-waiting">{t('print.preview.loading')}</p>;
  return (
    <>
      <p className="hint">{t('print.preview.note', { revision: preview.revision })}</p>
      <iframe
        className={`print-preview-frame ${kind === 'pocket-card' ? 'wallet' : 'a4'}`}
        sandbox=""
        srcDoc={preview.html}
        title={t('print.preview.frameTitle', { document: props.title })}
        data-testid="print-preview"
        data-kind={kind}
        data-audience={audience}
      />
    </>
  );
}
