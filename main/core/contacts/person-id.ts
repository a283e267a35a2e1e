import { ID_PATTERN } from '../../../shared/plan/primitives.js';

const MAX_SLUG_CHARS = 48;

/** "Jürgen de Vries-Öztürk" -> "jurgen-de-vries-ozturk": the plan's readable id style, ASCII only. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, '');
}

/**
 * A new person's id, `p-<slug>`, that no live or deleted person has (deleted ids are never reused) and that no
 * other new person of the same import took.
 */
export function newPersonId(name: string, taken: ReadonlySet<string>): string {
  const slug = slugOf(name);
  const base = `p-${slug === '' ? 'contact' : slug}`;
  for (let suffix = 1; ; suffix += 1) {
    const id = suffix === 1 ? base : `${base}-${suffix}`;
    if (!taken.has(id) && ID_PATTERN.test(id)) return id;
  }
}
