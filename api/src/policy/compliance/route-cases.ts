import type { RouteCase } from '../../../test/routes';

/** The compliance area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const COMPLIANCE_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/compliance-comments', access: ['compliance-comments', 'list'] },
  {
    method: 'post',
    path: '/api/compliance-comments',
    access: ['compliance-comments', 'create'],
    actor: 'lz_city',
    body: { regionCode: '450202', period: '2026-10', indicatorId: 'OVP-2', text: '城中区零自付结算已交县局核实' },
  },
  { method: 'get', path: '/api/compliance-actions', access: ['compliance-actions', 'list'] },
  { method: 'get', path: '/api/compliance-actions/{id}', access: ['compliance-actions', 'show'] },
  {
    method: 'post',
    path: '/api/compliance-actions',
    access: ['compliance-actions', 'create'],
    actor: 'lz_city',
    body: {
      regionCode: '450202',
      period: '2026-10',
      indicatorId: 'OVP-2',
      title: '核查城中区零自付结算并清理县级文件',
      responsibleRegionCode: '450202',
      dueOn: '2099-12-31',
      reviewOn: '2100-01-15',
    },
  },
  {
    method: 'post',
    path: '/api/compliance-actions/{id}/actions/{action}',
    access: ['compliance-actions', 'show'],
    actor: 'lz_chengzhong',
    body: { comment: '已开始核查', version: 1 },
  },
  { method: 'get', path: '/api/compliance-actions/{id}/history', access: ['compliance-actions', 'show'] },
  { method: 'get', path: '/api/compliance-actions/{id}/changes', access: ['compliance-actions', 'show'] },
  { method: 'get', path: '/api/compliance/export', access: ['compliance', 'export'] },
  { method: 'get', path: '/api/compliance/cells/{regionCode}/{period}/{indicatorId}/export', access: ['compliance', 'export'] },
  { method: 'get', path: '/api/compliance/annual-report', access: ['compliance', 'export'] },
  { method: 'get', path: '/api/compliance/home', access: ['compliance', 'list'] },
];
