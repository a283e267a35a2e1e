import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { load as parseYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

interface BuilderConfigModule {
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
}
interface BuilderUtil {
  DebugLogger: new (isEnabled?: boolean) => unknown;
}

const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as BuilderConfigModule;
const { DebugLogger } = require('builder-util') as BuilderUtil;

async function loadConfig(): Promise<Record<string, unknown>> {
  return parseYaml(await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is really checked: an unknown option is refused', async () => {
    const config = { ...(await loadConfig()), notAnOption: true };
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/notAnOption/);
  });

  it('sets the Electron fuses of ARCHITECTURE section 7', async () => {
    expect((await loadConfig())['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
