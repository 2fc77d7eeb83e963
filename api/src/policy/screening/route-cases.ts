import type { RouteCase } from '../../../test/routes';

/** The screening area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const SCREENING_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/flight-check-draws', access: ['flight-check-draws', 'list'] },
  { method: 'get', path: '/api/flight-check-draws/{id}', access: ['flight-check-draws', 'show'] },
  {
    method: 'post',
    path: '/api/flight-check-draws',
    access: ['flight-check-draws', 'create'],
    actor: 'lz_city',
    body: { regionCode: '450200', institutionCount: 1, inspectorCount: 2, weighting: 'uniform', seed: 'sweep-1' },
  },
  { method: 'get', path: '/api/flight-check-draws/{id}/verify', access: ['flight-check-draws', 'show'] },
  {
    method: 'post',
    path: '/api/flight-check-draws/{id}/inspections',
    access: ['flight-check-draws', 'create'],
    actor: 'lz_city',
    body: { plannedFrom: '2026-11-16', plannedTo: '2026-11-20' },
  },
  { method: 'get', path: '/api/flight-check-draws/{id}/export', access: ['flight-check-draws', 'show'] },
];
