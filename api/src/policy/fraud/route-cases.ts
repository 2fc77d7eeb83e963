import type { RouteCase } from '../../../test/routes';

/** The fraud area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const FRAUD_ROUTES: RouteCase[] = [
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
