import type { PlanContent } from '../plan.js';
import { healthGap, type HealthGap } from './health-codes.js';

/**
 * Outages do not keep office hours: every supplier needs a line that answers at night. An organisation counts
 * as a supplier by its kind, or because an application names it as its supplier.
 */
export function checkSupplierWithoutLine24x7(content: PlanContent): HealthGap[] {
  const namedAsSupplier = new Set(content.applications.flatMap((application) => application.supplierId ?? []));
  return content.organisations
    .filter(
      (organisation) =>
        (organisation.kind === 'supplier' || organisation.kind === 'saas' || namedAsSupplier.has(organisation.id)) &&
        organisation.line24x7 === undefined,
    )
    .map((organisation) =>
      healthGap('supplierWithoutLine24x7', 'organisations', organisation.id, { organisation: organisation.name }),
    );
}
