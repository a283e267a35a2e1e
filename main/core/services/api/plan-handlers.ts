import { DraaiboekError } from '../../../../shared/errors.js';
import { checkPlanHealth } from '../../../../shared/plan/health/index.js';
import { todayInAmsterdam } from '../../../../shared/plan/today.js';
import { fingerprintOf } from '../../crypto/keys.js';
import { createPlanService } from '../plan-service.js';
import type { ApiContext, ImplementationsOf, UndoLog } from './api-context.js';
import { planViewOf } from './plan-view.js';

/** Reading the plan, changing it (each call one signed revision), and taking the last change back. */
export function planHandlers(context: ApiContext, undo: UndoLog): ImplementationsOf<'plan.summary' | 'plan.current' | 'plan.apply' | 'plan.undo'> {
  const { session } = context;
  const plans = () => createPlanService(session.opened());

  async function afterSave(revision: number) {
    context.emit('plan.changed', { revision });
    return planViewOf(session.opened(), undo.size > 0);
  }

  return {
    'plan.summary': async () => {
      const opened = session.opened();
      const signed = opened.store.current;
      const { meta } = signed.plan.content;
      const status = opened.store.status;
      const signerKeyid = status.state === 'ready' ? status.file.signerKeyid : opened.deviceKeyid;
      return {
        organisationName: meta.organisationName,
        title: meta.title,
        classification: meta.classification,
        revision: signed.revision,
        savedAt: signed.savedAt,
        signerFingerprint: fingerprintOf(signerKeyid),
        ...(meta.reviewDue === undefined ? {} : { reviewDue: meta.reviewDue }),
        healthGapCount: checkPlanHealth(signed.plan.content, todayInAmsterdam(opened.platform.now())).length,
      };
    },

    'plan.current': () => planViewOf(session.opened(), undo.size > 0),

    'plan.apply': async (changes) => {
      const before = session.opened().store.current.revision;
      const signed = await plans().apply(changes);
      if (signed.revision !== before) undo.push(before);
      return afterSave(signed.revision);
    },

    'plan.undo': async () => {
      const previous = undo.pop();
      if (previous === undefined) {
        throw new DraaiboekError('USAGE', 'nothing to undo', { detail: 'undo' });
      }
      try {
        const signed = await plans().restore(previous);
        return await afterSave(signed.revision);
      } catch (error) {
        undo.push(previous);
        throw error;
      }
    },
  };
}
