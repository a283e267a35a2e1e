import { join } from 'node:path';
import { uiSettingsSchema, type UiSettings } from '../../../shared/api.js';
import { writeFileDurably } from '../fs/durable-write.js';
import { readUntrustedJsonFile } from '../safe-json/safe-parse.js';

const MAX_SETTINGS_BYTES = 64 * 1024;

export function uiSettingsPath(dataDir: string): string {
  return join(dataDir, 'ui-settings.json');
}

/**
 * The user's choices about the app itself (not the plan): the language. A missing or unreadable file means
 * the defaults; it holds no plan data, so nothing of value is lost by starting over.
 */
export async function readUiSettings(dataDir: string, defaults: UiSettings): Promise<UiSettings> {
  try {
    const raw = await readUntrustedJsonFile(uiSettingsPath(dataDir), { maxBytes: MAX_SETTINGS_BYTES });
    const parsed = uiSettingsSchema.partial().safeParse(raw);
    return parsed.success ? { ...defaults, ...parsed.data } : defaults;
  } catch {
    return defaults;
  }
}

export async function writeUiSettings(dataDir: string, settings: UiSettings): Promise<UiSettings> {
  const valid = uiSettingsSchema.parse(settings);
  await writeFileDurably(uiSettingsPath(dataDir), `${JSON.stringify(valid, null, 2)}\n`);
  return valid;
}
