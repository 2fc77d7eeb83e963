import type { RouteCase } from '../../../test/routes';

/** The screening area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const SCREENING_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/fraud-suspicions', access: ['fraud-suspicions', 'list'] },
  { method: 'get', path: '/api/fraud-suspicions/{id}', access: ['fraud-suspicions', 'show'] },
  {
    method: 'post',
    path: '/api/fraud-suspicions/claim',
    access: ['fraud-suspicions', 'edit'],
    actor: 'lz_inspector',
    body: { count: 20, ruleId: 'split_admission' },
  },
  { method: 'post', path: '/api/fraud-suspicions/release', access: ['fraud-suspicions', 'edit'], actor: 'lz_inspector', body: { ids: [1] } },
  {
    method: 'post',
    path: '/api/fraud-suspicions/bulk-actions/{action}',
    access: ['fraud-suspicions', 'edit'],
    actor: 'lz_inspector',
    body: { ids: [1], versions: [1], comment: '数据错误', reason: 'data_error' },
  },
  {
    method: 'post',
    path: '/api/fraud-suspicions/{id}/reveal',
    access: ['fraud-suspicions', 'reveal'],
    actor: 'lz_inspector',
    body: { reason: '核实参保人身份' },
  },
  {
    method: 'post',
    path: '/api/fraud-suspicions/{id}/actions/{action}',
    access: ['fraud-suspicions', 'show'],
    actor: 'lz_inspector',
    body: { comment: '开始初审', version: 1 },
  },
  { method: 'get', path: '/api/fraud-suspicions/{id}/history', access: ['fraud-suspicions', 'show'] },
  { method: 'get', path: '/api/fraud-suspicions/{id}/changes', access: ['fraud-suspicions', 'show'] },
];
