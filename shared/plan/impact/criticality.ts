import { criticalities } from '../entities.js';

export type Criticality = (typeof criticalities)[number];

/** Most critical first: critical, high, medium, low. */
export function compareCriticality(a: Criticality, b: Criticality): number {
  return criticalities.indexOf(a) - criticalities.indexOf(b);
}
