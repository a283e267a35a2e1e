import { collectionNames, META_RECORD_ID, type CollectionName } from '../../../shared/plan/plan.js';

export type EditorTarget = CollectionName | 'meta';

/** The parts of the yearly cycle screen, each its own address so a reload stays where the user was. */
export const cycleParts = ['programme', 'call-tree-test', 'actions', 'approval', 'evidence'] as const;
export type CyclePart = (typeof cycleParts)[number];
const cyclePartNames: ReadonlySet<string> = new Set<string>(cycleParts);

export type Route =
  | { readonly screen: 'overview' }
  | { readonly screen: 'crisis'; readonly scenarioId?: string }
  | { readonly screen: 'impact' }
  | { readonly screen: 'search' }
  | { readonly screen: 'history'; readonly revision?: number }
  | { readonly screen: 'contacts' }
  | { readonly screen: 'print' }
  | { readonly screen: 'sync'; readonly fileId?: string; readonly fileName?: string }
  | { readonly screen: 'conflicts' }
  | { readonly screen: 'cycle'; readonly part: CyclePart; readonly id?: string }
  | { readonly screen: 'security' }
  /** `field`: the field to highlight, where a health gap is fixed. */
  | { readonly screen: 'edit'; readonly target: EditorTarget; readonly id?: string; readonly field?: string };

const editorTargets: ReadonlySet<string> = new Set<string>([...collectionNames, 'meta']);

/** `#/edit/people/p-1` -> the route; anything unknown is the overview. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter((part) => part !== '').map(decodeURIComponent);
  const [screen, first, second] = parts;
  switch (screen) {
    case 'crisis':
      return first === undefined ? { screen } : { screen, scenarioId: first };
    case 'impact':
    case 'search':
    case 'contacts':
    case 'print':
    case 'conflicts':
    case 'security':
      return { screen };
    case 'sync':
      return first === 'import' && second !== undefined ? { screen, fileId: second, ...(parts[3] === undefined ? {} : { fileName: parts[3] }) } : { screen };
    case 'cycle':
      if (first === undefined || !cyclePartNames.has(first)) return { screen, part: 'programme' };
      return second === undefined ? { screen, part: first as CyclePart } : { screen, part: first as CyclePart, id: second };
    case 'history': {
      const revision = Number(first);
      return Number.isInteger(revision) && revision > 0 ? { screen, revision } : { screen };
    }
    case 'edit':
      if (first !== undefined && editorTargets.has(first)) {
        const target = first as EditorTarget;
        const field = parts[3] === undefined ? {} : { field: parts[3] };
        // The plan's own data has no id in its address; with a field it takes the meta record's place.
        if (target === 'meta') return second === undefined ? { screen, target } : { screen, target, ...field };
        return second === undefined ? { screen, target } : { screen, target, id: second, ...field };
      }
      return { screen: 'overview' };
    default:
      return { screen: 'overview' };
  }
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'overview':
      return '#/';
    case 'crisis':
      return route.scenarioId === undefined ? '#/crisis' : `#/crisis/${encodeURIComponent(route.scenarioId)}`;
    case 'history':
      return route.revision === undefined ? '#/history' : `#/history/${route.revision}`;
    case 'sync':
      return route.fileId === undefined
        ? '#/sync'
        : `#/sync/import/${encodeURIComponent(route.fileId)}${route.fileName === undefined ? '' : `/${encodeURIComponent(route.fileName)}`}`;
    case 'cycle':
      return route.id === undefined ? `#/cycle/${route.part}` : `#/cycle/${route.part}/${encodeURIComponent(route.id)}`;
    case 'edit': {
      const id = route.target === 'meta' ? (route.field === undefined ? undefined : META_RECORD_ID) : route.id;
      const field = route.field === undefined || id === undefined ? '' : `/${encodeURIComponent(route.field)}`;
      return id === undefined ? `#/edit/${route.target}` : `#/edit/${route.target}/${encodeURIComponent(id)}${field}`;
    }
    default:
      return `#/${route.screen}`;
  }
}
