import { checkDeviceName } from '../../core/data-dir/device-name.js';
import { initDataDir } from '../../core/data-dir/init-data-dir.js';
import { exitCodes } from '../cli-io.js';
import { createCliPlatform } from '../cli-platform.js';
import { dataDirOption, requireDataDir } from '../command-options.js';
import type { Command } from '../run-cli.js';

export const initCommand: Command = {
  options: { ...dataDirOption, sample: { type: 'boolean' }, name: { type: 'string' }, encrypted: { type: 'boolean' } },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    // Asked before the passphrase: the name goes into every bundle and every colleague's sync log.
    const given = parsed.values['name'];
    const name = checkDeviceName(typeof given === 'string' ? given : context.io.env['DRAAIBOEK_DEVICE_NAME']);
    const platform = createCliPlatform(context, 'create');
    const namedPlatform = { ...platform, deviceName: () => name };
    const result = await initDataDir(dataDir, namedPlatform, { kind: parsed.values['sample'] === true ? 'sample' : 'empty' }, { encryptAtRest: parsed.values['encrypted'] === true });
    const { t, io } = context;
    io.out(t('cli.initDone', { dataDir, title: result.signed.plan.content.meta.title, revision: result.signed.revision }));
    io.out(t('cli.fingerprint', { fingerprint: result.fingerprint }));
    return exitCodes.ok;
  },
};
