import { useEffect, useState } from 'react';
import { BUNDLE_EXTENSION } from '../../../shared/plan/vocabularies.js';
import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { navigate } from '../router/use-route.js';
import { errorText } from './error-text.js';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Bundles arriving from outside the sync screen: a `.draaiboek` file dropped anywhere on the window (its
 * bytes go to main, which checks them), or one the OS opened with the app (main holds it until asked). Either
 * way the sync screen opens with the preview. Dropping never lets the window navigate to the file.
 */
export function BundleInbox() {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | undefined>();
  const [dismissed, setDismissed] = useState<string | undefined>();
  // Asked once on mount too: a file given when the app started was announced before this page listened.
  // Taking a file hands it over once, so it opens the sync screen as soon as it arrives, even if this
  // answer came too late for the component: the router is global, and the file is not lost.
  const opened = useApiQuery(
    () =>
      callApi('sync.takeOpened').then((received) => {
        if (received !== null) navigate({ screen: 'sync', fileId: received.fileId, fileName: received.fileName });
        return received;
      }),
    [],
    { refreshOn: ['sync.opened'] },
  );

  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      if (!file.name.toLowerCase().endsWith(BUNDLE_EXTENSION)) {
        setProblem(t('sync.import.dropOnlyBundles'));
        return;
      }
      setProblem(undefined);
      file
        .arrayBuffer()
        .then((buffer) => callApi('sync.receiveDropped', { fileName: file.name, bytes: new Uint8Array(buffer) }))
        .then(
          (received) => navigate({ screen: 'sync', fileId: received.fileId, fileName: received.fileName }),
          (caught: unknown) => setProblem(errorText(t, caught)),
        );
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [t]);

  const shown = problem ?? (opened.error === dismissed ? undefined : opened.error);
  if (shown === undefined) return null;
  return (
    <div role="alert" className="error-banner">
      <span>{shown}</span>
      <button type="button" onClick={() => { setProblem(undefined); setDismissed(opened.error); }}>{t('ui.common.close')}</button>
    </div>
  );
}
