import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DeviceInfo } from '../../../shared/api.js';
import { ApiCallError, callApi } from '../api/call-api.js';
import { useApiQuery } from '../api/use-api-query.js';
import { translateApiError, useI18n } from '../i18n/i18n-context.js';

/**
 * This laptop's name as colleagues see it (in bundles, their sync logs, the stick's readme). Asked once, on
 * the first start, and changeable from the header at any time. Main checks the name; the page only asks.
 */
export function useDeviceName() {
  const loaded = useApiQuery(() => callApi('device.get'), []).data;
  // The name just saved, until main is asked again.
  const [saved, setDevice] = useState<DeviceInfo | undefined>();
  const [editing, setEditing] = useState(false);
  return { device: saved ?? loaded, setDevice, editing, setEditing };
}

export function DeviceNameButton(props: { device: DeviceInfo | undefined; onEdit: () => void }) {
  const { t } = useI18n();
  if (props.device === undefined || !props.device.chosen) return null;
  return (
    <button type="button" title={t('ui.device.change')} onClick={props.onEdit}>
      {t('ui.device.current', { name: props.device.name })}
    </button>
  );
}

export function DeviceNameForm(props: { device: DeviceInfo | undefined; editing: boolean; onSaved: (info: DeviceInfo) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const hint = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const { device } = props;
  const open = device !== undefined && (!device.chosen || props.editing);

  useEffect(() => {
    if (open && device.chosen) setName(device.name);
  }, [open, device]);

  if (!open) return saved === undefined ? null : <p role="status" className="notice">{t('ui.device.saved', { name: saved })}</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const info = await callApi('device.rename', { name });
      setProblem(undefined);
      setSaved(info.name);
      props.onSaved(info);
    } catch (caught) {
      setProblem(caught instanceof ApiCallError ? translateApiError(t, caught.error) : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="notice device-name" aria-labelledby="device-name-title">
      <h2 id="device-name-title">{t('ui.device.title')}</h2>
      <p>{t('ui.device.explain')}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field">
            <span>{t('ui.device.label')}</span>
            <input value={name} maxLength={80} aria-describedby={hint} onChange={(event) => setName(event.target.value)} />
          </label>
          <span className="hint" id={hint}>{t('ui.device.hint')}</span>
        </div>
        {problem !== undefined && <p role="alert" className="field-error">{problem}</p>}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>{t('ui.device.save')}</button>
          {device.chosen && <button type="button" onClick={props.onCancel}>{t('ui.device.cancel')}</button>}
        </div>
      </form>
    </section>
  );
}
