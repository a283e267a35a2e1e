import { useEffect, useState } from 'react';
import type { Unavailable } from '../../../shared/plan/impact/index.js';

export type UnavailableKind = keyof Required<Unavailable>;
export type ImpactSelection = Readonly<Record<UnavailableKind, ReadonlySet<string>>>;

const nothingDown: ImpactSelection = { applicationIds: new Set(), supplierIds: new Set(), locationIds: new Set(), roleIds: new Set() };

/*
 * What the user marked as down, kept for as long as the app runs: someone who looks up a number elsewhere
 * and comes back finds the same picture. It is a what-if, not plan content, so it is never saved to disk.
 */
let kept: ImpactSelection = nothingDown;

export function useImpactSelection(): [ImpactSelection, (update: (previous: ImpactSelection) => ImpactSelection) => void] {
  const [selection, setSelection] = useState<ImpactSelection>(() => kept);
  useEffect(() => {
    kept = selection;
  }, [selection]);
  return [selection, setSelection];
}
