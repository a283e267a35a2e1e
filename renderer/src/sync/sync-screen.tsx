import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { ExportPanel } from './export-panel.js';
import { ImportPanel } from './import-panel.js';
import { SyncLogTable } from './sync-log-table.js';
import './sync.css';

/** USB sync: write the plan to a stick, read a colleague's bundle in, and the log of both. */
export function SyncScreen(props: { fileId: string | undefined; fileName: string | undefined }) {
  const { t } = useI18n();
  const [logVersion, setLogVersion] = useState(0);
  const refreshLog = () => setLogVersion((version) => version + 1);
  return (
    <div className="sync">
      <h1>{t('sync.title')}</h1>
      <p className="lead">{t('sync.intro')}</p>
      <div className="sync-columns">
        <ImportPanel fileId={props.fileId} fileName={props.fileName} onApplied={refreshLog} />
        <ExportPanel onExported={refreshLog} />
      </div>
      <SyncLogTable refresh={logVersion} />
    </div>
  );
}
