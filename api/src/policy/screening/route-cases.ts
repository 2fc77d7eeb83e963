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
  { method: 'get', path: '/api/screening-rules', access: ['screening-rules', 'list'] },
  { method: 'get', path: '/api/screening-rules/{id}', access: ['screening-rules', 'show'] },
  { method: 'get', path: '/api/screening-parameters', access: ['screening-parameters', 'list'] },
  { method: 'get', path: '/api/screening-parameters/{id}', access: ['screening-parameters', 'show'] },
  { method: 'get', path: '/api/screening-parameters/{id}/diff', access: ['screening-parameters', 'show'] },
  {
    method: 'post',
    path: '/api/screening-parameters',
    access: ['screening-parameters', 'create'],
    actor: 'lz_city',
    body: { regionCode: '450200', year: 2030 },
  },
  {
    method: 'patch',
    path: '/api/screening-parameters/{id}',
    access: ['screening-parameters', 'edit'],
    actor: 'lz_city',
    body: { parameters: { regionCode: '450200', year: 2030 }, version: 1 },
  },
  {
    method: 'post',
    path: '/api/screening-parameters/{id}/actions/{action}',
    access: ['screening-parameters', 'show'],
    actor: 'lz_city',
    body: { comment: '请审批', version: 1 },
  },
  { method: 'get', path: '/api/screening-parameters/{id}/history', access: ['screening-parameters', 'show'] },
  { method: 'get', path: '/api/screening-parameters/{id}/changes', access: ['screening-parameters', 'show'] },
];
