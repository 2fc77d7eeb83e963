import type { RouteCase } from '../../../test/routes';

/** The compliance area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const COMPLIANCE_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/compliance', access: ['compliance', 'list'] },
  { method: 'get', path: '/api/compliance/indicators', access: ['compliance', 'list'] },
  { method: 'get', path: '/api/compliance/cells/{regionCode}/{period}/{indicatorId}', access: ['compliance', 'show'] },
  { method: 'get', path: '/api/compliance-runs', access: ['compliance-runs', 'list'] },
  { method: 'get', path: '/api/compliance-runs/{id}', access: ['compliance-runs', 'show'] },
  { method: 'post', path: '/api/compliance-runs', access: ['compliance-runs', 'create'], actor: 'lz_city', body: { regionCode: '450200', period: '2026-10' } },
  { method: 'get', path: '/api/compliance-targets', access: ['compliance-targets', 'list'] },
  { method: 'get', path: '/api/compliance-targets/{id}', access: ['compliance-targets', 'show'] },
  { method: 'get', path: '/api/compliance-targets/{id}/diff', access: ['compliance-targets', 'show'] },
  {
    method: 'post',
    path: '/api/compliance-targets',
    access: ['compliance-targets', 'create'],
    actor: 'gx_province',
    body: { regionCode: '450000', year: 2030 },
  },
  {
    method: 'patch',
    path: '/api/compliance-targets/{id}',
    access: ['compliance-targets', 'edit'],
    actor: 'gx_province',
    body: { targets: { regionCode: '450000', year: 2030 }, version: 1 },
  },
  {
    method: 'post',
    path: '/api/compliance-targets/{id}/actions/{action}',
    access: ['compliance-targets', 'show'],
    actor: 'gx_province',
    body: { comment: '请审批', version: 1 },
  },
  { method: 'get', path: '/api/compliance-targets/{id}/history', access: ['compliance-targets', 'show'] },
  { method: 'get', path: '/api/compliance-targets/{id}/changes', access: ['compliance-targets', 'show'] },
  { method: 'get', path: '/api/compliance-snapshots', access: ['compliance-snapshots', 'list'] },
  { method: 'get', path: '/api/compliance-snapshots/{id}', access: ['compliance-snapshots', 'show'] },
  { method: 'get', path: '/api/compliance-snapshots/{id}/verify', access: ['compliance-snapshots', 'verify'] },
  {
    method: 'post',
    path: '/api/compliance-snapshots',
    access: ['compliance-snapshots', 'create'],
    actor: 'gx_province',
    body: { regionCode: '450200', period: '2026-10' },
  },
];
