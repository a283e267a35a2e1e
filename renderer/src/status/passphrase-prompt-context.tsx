import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { PassphraseForm } from './passphrase-form.js';

type Ask = (firstStart: boolean) => Promise<boolean>;
const PromptContext = createContext<Ask | undefined>(undefined);

/** A modal that asks for the passphrase when a save needs the device key; resolves false when cancelled. */
export function PassphrasePromptProvider(props: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ firstStart: boolean } | undefined>();
  const resolver = useRef<((unlocked: boolean) => void) | undefined>(undefined);

  const ask = useCallback<Ask>(
    (firstStart) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setOpen({ firstStart });
      }),
    [],
  );

  const finish = (unlocked: boolean) => {
    resolver.current?.(unlocked);
    resolver.current = undefined;
    setOpen(undefined);
  };

  return (
    <PromptContext.Provider value={ask}>
      {props.children}
      {open !== undefined && (
        <div className="modal-backdrop">
          <div role="dialog" aria-modal="true" aria-labelledby="passphrase-title" className="modal">
            <h2 id="passphrase-title">{t('ui.passphrase.title')}</h2>
            <PassphraseForm firstStart={open.firstStart} onUnlocked={() => finish(true)} onCancel={() => finish(false)} />
          </div>
        </div>
      )}
    </PromptContext.Provider>
  );
}

export function usePassphrasePrompt(): Ask {
  const ask = useContext(PromptContext);
  if (ask === undefined) throw new Error('usePassphrasePrompt outside PassphrasePromptProvider');
  return ask;
}
