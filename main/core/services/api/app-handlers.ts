import { readUiSettings, writeUiSettings } from '../ui-settings.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';

/** The app's own state (can it show a plan?) and the user's settings. */
export function appHandlers(context: ApiContext): ImplementationsOf<'app.status' | 'app.unlock' | 'settings.get' | 'settings.set'> {
  const { session } = context;
  const defaults = () => ({ language: context.defaultLanguage });
  return {
    'app.status': () => Promise.resolve(session.status()),
    'app.unlock': ({ passphrase }) => session.unlock(passphrase),
    'settings.get': () => readUiSettings(session.dataDir, defaults()),
    'settings.set': async (change) => {
      const current = await readUiSettings(session.dataDir, defaults());
      return writeUiSettings(session.dataDir, { ...current, ...change });
    },
  };
}
