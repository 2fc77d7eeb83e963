import type { RouteCase } from '../../../test/routes';

/** The fraud area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const FRAUD_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/fraud-clues', access: ['fraud-clues', 'list'] },
  { method: 'get', path: '/api/fraud-clues/{id}', access: ['fraud-clues', 'show'] },
  {
    method: 'post',
    path: '/api/fraud-clues',
    access: ['fraud-clues', 'create'],
    actor: 'lz_inspector',
    body: { source: 'tip_off', receivedOn: '2026-10-09', summary: '某医院涉嫌挂床住院', subjectType: 'institution', institutionCode: 'H45020200001' },
  },
  { method: 'patch', path: '/api/fraud-clues/{id}', access: ['fraud-clues', 'edit'], actor: 'lz_inspector', body: { summary: '补充线索内容', version: 1 } },
  { method: 'post', path: '/api/fraud-clues/{id}/reveal', access: ['fraud-clues', 'reveal'], actor: 'lz_inspector', body: { reason: '核查线索' } },
  {
    method: 'post',
    path: '/api/fraud-clues/{id}/reporter-notice',
    access: ['fraud-clues', 'edit'],
    actor: 'lz_inspector',
    body: { notifiedOn: '2026-10-20', version: 1 },
  },
  {
    method: 'post',
    path: '/api/fraud-clues/{id}/actions/{action}',
    access: ['fraud-clues', 'show'],
    actor: 'lz_inspector',
    body: { comment: '开始核查', version: 1 },
  },
  { method: 'get', path: '/api/fraud-clues/{id}/history', access: ['fraud-clues', 'show'] },
  { method: 'get', path: '/api/fraud-clues/{id}/changes', access: ['fraud-clues', 'show'] },
  { method: 'get', path: '/api/institutions', access: ['institutions', 'list'] },
  { method: 'get', path: '/api/institutions/{id}', access: ['institutions', 'show'] },
  {
    method: 'post',
    path: '/api/institutions',
    access: ['institutions', 'create'],
    actor: 'lz_city',
    body: { code: 'H45020299001', name: '柳州市测试医院', kind: 'hospital', level: 'secondary', ownership: 'public', regionCode: '450202' },
  },
  {
    method: 'patch',
    path: '/api/institutions/{id}',
    access: ['institutions', 'edit'],
    actor: 'lz_city',
    body: { name: '柳州市测试医院（新址）', kind: 'hospital', level: 'tertiary', ownership: 'public', version: 1 },
  },
];
