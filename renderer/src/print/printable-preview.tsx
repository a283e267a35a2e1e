import type { PrintableDocumentKind } from '../../../shared/documents-contract.js';
import type { Audience } from '../../../shared/plan/vocabularies.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';

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
  const { data: preview, error } = useApiQuery(
    () => callApi('documents.preview', { kind, audience, language }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refreshKey is not read: it says when to render again.
    [kind, audience, language, refreshKey],
  );

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
