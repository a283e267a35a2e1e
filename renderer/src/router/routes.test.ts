import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from './routes.js';

describe('the hash router', () => {
  it('reads back every address it writes', () => {
    const routes: Route[] = [
      { screen: 'overview' },
      { screen: 'crisis' },
      { screen: 'crisis', scenarioId: 'scen-cyberaanval' },
      { screen: 'history', revision: 12 },
      { screen: 'edit', target: 'people', id: 'p-henk-verbeek' },
      { screen: 'edit', target: 'meta' },
      { screen: 'edit', target: 'processes', id: 'proc-aangifte-overlijden', field: 'rto' },
      { screen: 'edit', target: 'meta', field: 'reviewDue' },
      { screen: 'search' },
      { screen: 'cycle', part: 'programme' },
      { screen: 'cycle', part: 'programme', id: 'ex-2026-belboom' },
      { screen: 'cycle', part: 'call-tree-test' },
      { screen: 'security' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('takes anything unknown as the overview', () => {
    expect(parseRoute('#/edit/secrets/1')).toEqual({ screen: 'overview' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'overview' });
    expect(parseRoute('')).toEqual({ screen: 'overview' });
    expect(parseRoute('#/cycle/nowhere')).toEqual({ screen: 'cycle', part: 'programme' });
  });
});
