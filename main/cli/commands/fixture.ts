import { writeFile } from 'node:fs/promises';
import { DraaiboekError } from '../../../shared/errors.js';
import { generateFixtureContent } from '../../core/fixtures/index.js';
import { exitCodes } from '../cli-io.js';
import { requireString, resolvePath } from '../command-options.js';
import type { Command } from '../run-cli.js';

export const fixtureCommand: Command = {
  options: { size: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  async run(parsed, context) {
    const size = requireString(parsed, 'size', context).toUpperCase();
    if (size !== 'S' && size !== 'M' && size !== 'L') {
      throw new DraaiboekError('USAGE', 'bad size', { detail: context.t('cli.badSize') });
    }
    const out = resolvePath(requireString(parsed, 'out', context), context);
    const seedText = parsed.values['seed'];
    if (seedText !== undefined && (typeof seedText !== 'string' || !/^\d{1,9}$/.test(seedText))) {
      throw new DraaiboekError('USAGE', 'bad seed', { detail: context.t('cli.badSeed') });
    }
    const seed = seedText === undefined ? 1 : Number(seedText);
    const text = JSON.stringify(generateFixtureContent(size, seed), null, 1);
    await writeFile(out, text);
    context.io.out(context.t('cli.fixtureWritten', { size, out, kilobytes: Math.round(Buffer.byteLength(text) / 1024) }));
    return exitCodes.ok;
  },
};
