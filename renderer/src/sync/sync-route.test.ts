import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../router/routes.js';

describe('the sync routes', () => {
  it('carry a received bundle and its file name through the address, whatever the name holds', () => {
    const route = { screen: 'sync', fileId: '3f1c2a9e-0000-4000-8000-000000000001', fileName: "'s-Hertogenbosch #2/r4.draaiboek" } as const;
    expect(parseRoute(hrefOf(route))).toEqual(route);
    expect(parseRoute('#/sync')).toEqual({ screen: 'sync' });
    expect(parseRoute('#/conflicts')).toEqual({ screen: 'conflicts' });
  });
});
