import { join } from 'node:path';
import { uiSettingsSchema, type UiSettings } from '../../../shared/api.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { describeZodError } from '../store/describe-zod-error.js';
import { durableJson } from '../store/durable-json-document.js';

const MAX_SETTINGS_BYTES = 64 * 1024;

export function uiSettingsPath(dataDir: string): string {
  return join(dataDir, 'ui-settings.json');
}

function settingsDocument(dataDir: string) {
  return durableJson<Partial<UiSettings>>({
    path: uiSettingsPath(dataDir),
    schema: uiSettingsSchema.partial(),
    limits: { maxBytes: MAX_SETTINGS_BYTES },
    missing: {},
    refuse: (error) => new DraaiboekError('SCHEMA_INVALID', 'ui-settings.json is damaged', { detail: describeZodError(error) }),
    indent: 2,
  });
}

/**
 * The user's choices about the app itself (not the plan): the language. A missing or unreadable file means
 * the defaults; it holds no plan data, so nothing of value is lost by starting over.
 */
export async function readUiSettings(dataDir: string, defaults: UiSettings): Promise<UiSettings> {
  try {
    const document = settingsDocument(dataDir);
    await document.read();
    return { ...defaults, ...document.data };
  } catch {
    return defaults;
  }
}

export async function writeUiSettings(dataDir: string, settings: UiSettings): Promise<UiSettings> {
  const valid = uiSettingsSchema.parse(settings);
  // Written whole, without reading first: a damaged file holds nothing but these choices, and is replaced.
  const document = settingsDocument(dataDir);
  document.data = valid;
  await document.write();
  return valid;
}
