import { deviceNameOf, renameDevice } from '../data-dir/device-name.js';
import { readUiSettings, writeUiSettings } from './ui-settings.js';
import { atRestHandlers } from './at-rest-handlers.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';

type AppMethod = 'app.status' | 'app.unlock' | 'settings.get' | 'settings.set' | 'device.get' | 'device.rename' | 'security.atRest' | 'security.setAtRest';

/** The app's own state (can it show a plan?), the user's settings, and this laptop's name. */
export function appHandlers(context: ApiContext): ImplementationsOf<AppMethod> {
  const { session } = context;
  const defaults = () => ({ language: context.defaultLanguage });
  return {
    ...atRestHandlers(context),
    'app.status': () => Promise.resolve(session.status()),
    'app.unlock': ({ passphrase }) => session.unlock(passphrase),
    'settings.get': async () => ({ ...(await readUiSettings(session.dataDir, defaults())), language: await context.language.load() }),
    'settings.set': async ({ language, ...others }) => {
      const before = await context.language.load();
      if (Object.keys(others).length > 0) {
        const current = await readUiSettings(session.dataDir, defaults());
        await writeUiSettings(session.dataDir, { ...current, ...others, language: before });
      }
      if (language !== undefined) {
        await context.language.set(language);
        // Every page follows main's language, the one that asked included.
        if (language !== before) context.emit('settings.languageChanged', { language });
      }
      return { ...(await readUiSettings(session.dataDir, defaults())), language: context.language.current() };
    },
    'device.get': async () => {
      const opened = session.opened();
      const settings = await readUiSettings(session.dataDir, defaults());
      return { name: (await deviceNameOf(opened.dataDir)) ?? opened.platform.deviceName(), chosen: settings.deviceNameChosen === true };
    },
    'device.rename': async ({ name }) => {
      const opened = session.opened();
      const renamed = await renameDevice(opened.dataDir, name);
      const current = await readUiSettings(session.dataDir, defaults());
      await writeUiSettings(session.dataDir, { ...current, deviceNameChosen: true });
      return { name: renamed, chosen: true };
    },
  };
}
