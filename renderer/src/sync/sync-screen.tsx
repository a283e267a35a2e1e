import { callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ExportPanel } from './export-panel.js';
import { ImportPanel } from './import-panel.js';
import { SyncLogTable } from './sync-log-table.js';
import './sync.css';

/** USB sync: write the plan to a stick, read a colleague's bundle in, and the log of both. */
export function SyncScreen(props: { fileId: string | undefined; fileName: string | undefined }) {
  const { t } = useI18n();
  const log = useApiQuery(() => callApi('sync.log'), []);
  return (
    <div className="sync">
      <h1>{t('sync.title')}</h1>
      <p className="lead">{t('sync.intro')}</p>
      <div className="sync-columns">
        <ImportPanel fileId={props.fileId} fileName={props.fileName} onApplied={log.refresh} />
        <ExportPanel onExported={log.refresh} />
      </div>
      <SyncLogTable entries={log.data} error={log.error} />
    </div>
  );
}
