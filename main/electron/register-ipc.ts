import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { api, type ApiEnvelope, type ApiMethod } from '../../shared/api.js';
import { DraaiboekError } from '../../shared/errors.js';
import type { OpenedDataDir } from '../core/services/open-data-dir.js';
import { createPlanService } from '../core/services/plan-service.js';
import { APP_ORIGIN } from './app-protocol.js';

type Handlers = { [M in ApiMethod]: (...args: unknown[]) => Promise<unknown> };

function toEnvelopeError(error: unknown): ApiEnvelope<never> {
  if (error instanceof DraaiboekError) {
    return { ok: false, error: { code: error.code, message: error.message, params: error.params } };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'INTERNAL', message: detail, params: { detail } } };
}

/** Only our own page, served from app://draaiboek, may call main. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(ipcMain: IpcMain, opened: OpenedDataDir): void {
  const plans = createPlanService(opened);
  const handlers: Handlers = {
    'plan.summary': async () => {
      const { signed, signerFingerprint } = plans.current();
      const { meta } = signed.plan.content;
      return {
        organisationName: meta.organisationName,
        title: meta.title,
        classification: meta.classification,
        revision: signed.revision,
        savedAt: signed.savedAt,
        signerFingerprint,
        ...(meta.reviewDue === undefined ? {} : { reviewDue: meta.reviewDue }),
        healthGapCount: plans.health().length,
      };
    },
  };
  for (const method of Object.keys(api) as ApiMethod[]) {
    ipcMain.handle(method, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) return toEnvelopeError(new DraaiboekError('USAGE', 'untrusted sender', { detail: 'sender' }));
      const parsedArgs = api[method].args.safeParse(args);
      if (!parsedArgs.success) {
        return toEnvelopeError(new DraaiboekError('SCHEMA_INVALID', 'bad arguments', { detail: parsedArgs.error.message }));
      }
      try {
        const value = api[method].result.parse(await handlers[method](...parsedArgs.data));
        return { ok: true, value };
      } catch (error) {
        return toEnvelopeError(error);
      }
    });
  }
}
