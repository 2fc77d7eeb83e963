import type { RouteCase } from '../../../test/routes';

/** The screening area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const SCREENING_ROUTES: RouteCase[] = [
  {
    method: 'post',
    path: '/api/screening-runs',
    access: ['screening-runs', 'create'],
    actor: 'lz_city',
    body: { regionCode: '450200', year: 2026, rules: ['zero_oop'] },
  },
  { method: 'get', path: '/api/screening-runs', access: ['screening-runs', 'list'] },
  { method: 'get', path: '/api/screening-runs/{id}', access: ['screening-runs', 'show'] },
];
