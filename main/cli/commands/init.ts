import { initDataDir } from '../../core/services/init-data-dir.js';
import { exitCodes } from '../cli-io.js';
import { createCliPlatform } from '../cli-platform.js';
import { dataDirOption, requireDataDir } from '../command-options.js';
import type { Command } from '../run-cli.js';

export const initCommand: Command = {
  options: { ...dataDirOption, sample: { type: 'boolean' }, name: { type: 'string' } },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    const platform = createCliPlatform(context, 'create');
    const name = parsed.values['name'];
    const namedPlatform = typeof name === 'string' && name !== '' ? { ...platform, deviceName: () => name } : platform;
    const result = await initDataDir(dataDir, namedPlatform, { kind: parsed.values['sample'] === true ? 'sample' : 'empty' });
    const { t, io } = context;
    io.out(t('cli.initDone', { dataDir, title: result.signed.plan.content.meta.title, revision: result.signed.revision }));
    io.out(t('cli.fingerprint', { fingerprint: result.fingerprint }));
    return exitCodes.ok;
  },
};
