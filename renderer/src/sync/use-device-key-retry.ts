import { useCallback } from 'react';
import { errorCodeOf } from '../api/call-api.js';
import { usePassphrasePrompt } from '../status/passphrase-prompt-context.js';

const needsDevicePassphrase = new Set(['KEY_PASSPHRASE_REQUIRED', 'KEY_PASSPHRASE_WRONG']);

/**
 * Runs a task that signs with this device's key; where the key needs its passphrase, asks for it and tries
 * again. Throws what the task threw otherwise, or when the user cancelled the prompt.
 */
export function useDeviceKeyRetry(): <T>(task: () => Promise<T>) => Promise<T> {
  const askPassphrase = usePassphrasePrompt();
  return useCallback(
    async <T,>(task: () => Promise<T>): Promise<T> => {
      for (;;) {
        try {
          return await task();
        } catch (caught) {
          const code = errorCodeOf(caught);
          if (code !== undefined && needsDevicePassphrase.has(code) && (await askPassphrase(false))) continue;
          throw caught;
        }
      }
    },
    [askPassphrase],
  );
}
