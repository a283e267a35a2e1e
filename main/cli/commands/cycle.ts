import { approveRequestSchema, callTreeTestSchema } from '../../../shared/cycle/cycle-contract.js';
import { DraaiboekError } from '../../../shared/errors.js';
import { languageFromEnvironment } from '../../../shared/i18n/index.js';
import { createCycleService } from '../../core/cycle/cycle-service.js';
import { describeZodError } from '../../core/store/describe-zod-error.js';
import { exitCodes } from '../cli-io.js';
import { dataDirOption, requireDataDir, requirePositiveInteger, requireString, resolvePath } from '../command-options.js';
import { openForCli } from '../open-for-cli.js';
import type { Command } from '../run-cli.js';
import { readJsonArgumentAs } from './read-json-argument.js';

/** `draaiboek approve`: a body adopted revision N on a date; bound to that revision and sealed with this device's key. */
export const approveCommand: Command = {
  options: { ...dataDirOption, revision: { type: 'string' }, by: { type: 'string' }, date: { type: 'string' }, reference: { type: 'string' }, name: { type: 'string' } },
  async run(parsed, context) {
    const dataDir = requireDataDir(parsed, context);
    const revision = requirePositiveInteger(parsed, 'revision', context);
    const optional = (option: string) => {
      const value = parsed.values[option];
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const reference = optional('reference');
    const bodyName = optional('name');
    // The same schema as the IPC door: a command line is an edge too.
    const request = approveRequestSchema.safeParse({
      revision,
      body: requireString(parsed, 'by', context),
      date: requireString(parsed, 'date', context),
      ...(reference === undefined ? {} : { reference }),
      ...(bodyName === undefined ? {} : { bodyName }),
    });
    if (!request.success) throw new DraaiboekError('USAGE', 'bad approval', { detail: describeZodError(request.error) });
    const opened = await openForCli(dataDir, context, 'write');
    try {
      const signed = await createCycleService(opened).approve(request.data);
      context.io.out(context.t('cli.approved', { adopted: revision, revision: signed.revision }));
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};

/** `draaiboek calltree-test record FILE.json`: a finished call-tree test, as one revision. */
export const callTreeTestCommand: Command = {
  options: { ...dataDirOption },
  async run(parsed, context) {
    const [subcommand, file, ...extra] = parsed.positionals;
    if (subcommand !== 'record' || file === undefined || extra.length > 0) {
      const detail = context.t('cli.callTreeTestUsage');
      throw new DraaiboekError('USAGE', detail, { detail });
    }
    const dataDir = requireDataDir(parsed, context);
    const test = await readJsonArgumentAs(resolvePath(file, context), callTreeTestSchema, 'call-tree test');
    const opened = await openForCli(dataDir, context, 'write');
    try {
      const signed = await createCycleService(opened).recordCallTreeTest(test, languageFromEnvironment(context.io.env));
      const reached = test.results.filter((result) => result.outcome === 'reached').length;
      context.io.out(context.t('cli.callTreeTestRecorded', { reached, count: test.results.length, revision: signed.revision }));
      return exitCodes.ok;
    } finally {
      await opened.close();
    }
  },
};
