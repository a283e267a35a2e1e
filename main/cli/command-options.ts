import { isAbsolute, resolve } from 'node:path';
import { DraaiboekError } from '../../shared/errors.js';
import type { CliContext } from './cli-io.js';
import type { ParsedCommand } from './run-cli.js';

export const dataDirOption = { 'data-dir': { type: 'string' } } as const;

function usage(detail: string): DraaiboekError {
  return new DraaiboekError('USAGE', detail, { detail });
}

export function requireString(parsed: ParsedCommand, option: string, context: CliContext): string {
  const value = parsed.values[option];
  if (typeof value !== 'string' || value === '') throw usage(context.t('cli.missingOption', { option: `--${option}` }));
  return value;
}

export function resolvePath(path: string, context: CliContext): string {
  return isAbsolute(path) ? path : resolve(context.io.cwd, path);
}

/** `--data-dir`, or DRAAIBOEK_DATA_DIR as the app accepts too. */
export function requireDataDir(parsed: ParsedCommand, context: CliContext): string {
  const value = parsed.values['data-dir'];
  const dataDir = typeof value === 'string' && value !== '' ? value : context.io.env['DRAAIBOEK_DATA_DIR'];
  if (dataDir === undefined || dataDir === '') {
    throw usage(context.t('cli.missingOption', { option: '--data-dir' }));
  }
  return resolvePath(dataDir, context);
}

export function requireFileArgument(parsed: ParsedCommand, context: CliContext): string {
  const [file] = parsed.positionals;
  if (file === undefined) throw usage(context.t('cli.missingFile'));
  return resolvePath(file, context);
}

export function requirePositiveInteger(parsed: ParsedCommand, option: string, context: CliContext): number {
  const raw = requireString(parsed, option, context);
  if (!/^[1-9]\d{0,14}$/.test(raw)) throw usage(context.t('cli.badRevision'));
  return Number(raw);
}
