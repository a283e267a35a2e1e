import { canonicalJson } from '../../../shared/plan/sync/json-value.js';

/** A run of one side's text, marked when the other side does not have it. */
export interface DiffSegment {
  readonly text: string;
  readonly changed: boolean;
}

/** Words and the spaces between them, so a changed word is marked whole and spacing survives. */
function tokens(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

/** Which tokens of each side belong to their longest common subsequence. */
function commonTokens(left: readonly string[], right: readonly string[]): [boolean[], boolean[]] {
  const rows = left.length + 1;
  const cols = right.length + 1;
  const lengths = new Uint32Array(rows * cols);
  for (let i = left.length - 1; i >= 0; i -= 1) {
    for (let j = right.length - 1; j >= 0; j -= 1) {
      lengths[i * cols + j] = left[i] === right[j]
        ? (lengths[(i + 1) * cols + j + 1] ?? 0) + 1
        : Math.max(lengths[(i + 1) * cols + j] ?? 0, lengths[i * cols + j + 1] ?? 0);
    }
  }
  const inLeft = left.map(() => false);
  const inRight = right.map(() => false);
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (left[i] === right[j]) {
      inLeft[i] = true;
      inRight[j] = true;
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * cols + j] ?? 0) >= (lengths[i * cols + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return [inLeft, inRight];
}

function segmentsOf(parts: readonly string[], common: readonly boolean[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  parts.forEach((text, index) => {
    // Whitespace between two changed words is part of the change; elsewhere it is plain.
    const changed = common[index] !== true && text.trim() !== '';
    const last = segments.at(-1);
    if (last !== undefined && last.changed === changed) segments[segments.length - 1] = { text: last.text + text, changed };
    else segments.push({ text, changed });
  });
  return segments;
}

/** Very long texts are marked as a whole rather than compared word by word (the table grows with the square). */
const MAX_TOKENS = 2_000;

/** Each side's text with the words the other side does not have marked. */
export function diffText(current: string, other: string): { current: DiffSegment[]; other: DiffSegment[] } {
  const left = tokens(current);
  const right = tokens(other);
  if (left.length > MAX_TOKENS || right.length > MAX_TOKENS) {
    return { current: [{ text: current, changed: current !== other }], other: [{ text: other, changed: current !== other }] };
  }
  const [inLeft, inRight] = commonTokens(left, right);
  return { current: segmentsOf(left, inLeft), other: segmentsOf(right, inRight) };
}

/** One item of a list, marked when only this side has it. */
export interface ListItemDiff {
  readonly item: unknown;
  readonly onlyHere: boolean;
}

/** Each side's list with the items only that side has marked (items compared by their canonical JSON). */
export function diffLists(current: readonly unknown[], other: readonly unknown[]): { current: ListItemDiff[]; other: ListItemDiff[] } {
  const keysOf = (list: readonly unknown[]) => new Set(list.map((item) => canonicalJson(item)));
  const inCurrent = keysOf(current);
  const inOther = keysOf(other);
  return {
    current: current.map((item) => ({ item, onlyHere: !inOther.has(canonicalJson(item)) })),
    other: other.map((item) => ({ item, onlyHere: !inCurrent.has(canonicalJson(item)) })),
  };
}
