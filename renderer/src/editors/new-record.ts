import type { CollectionName } from '../../../shared/plan/plan.js';
import { todayInAmsterdam } from '../../../shared/plan/today.js';
import type { Draft } from './record-draft.js';

/** A fresh record with a new id and the choices a schema requires already made, so the form starts valid but for the name. */
export function newRecord(collection: CollectionName): Draft {
  const id = crypto.randomUUID();
  switch (collection) {
    case 'organisations':
      return { id, kind: 'supplier' };
    case 'applications':
      return { id, hosting: 'saas' };
    case 'locations':
      return { id, kind: 'office' };
    case 'processes':
      return { id, criticality: 'medium' };
    case 'exercises':
      return { id, kind: 'tabletop', status: 'planned', date: todayInAmsterdam(new Date()) };
    case 'improvementActions':
      return { id, status: 'open' };
    case 'callTree':
      return { id, order: 0 };
    default:
      return { id };
  }
}
