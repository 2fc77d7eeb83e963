import type { RouteCase } from '../../../test/routes';

/** The supervision area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const SUPERVISION_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/responsibility-tables', access: ['responsibility-tables', 'list'] },
  { method: 'get', path: '/api/responsibility-tables/status', access: ['responsibility-tables', 'list'] },
  { method: 'get', path: '/api/responsibility-tables/{id}', access: ['responsibility-tables', 'show'] },
  {
    method: 'post',
    path: '/api/responsibility-tables',
    access: ['responsibility-tables', 'create'],
    actor: 'lz_city',
    body: { regionCode: '450200', year: 2027 },
  },
  {
    method: 'patch',
    path: '/api/responsibility-tables/{id}',
    access: ['responsibility-tables', 'edit'],
    actor: 'lz_city',
    body: { rows: [{ role: '总负责人', name: '张三', unit: '柳州市医疗保障局', title: '局长', phone: '0772-2801234' }], version: 1 },
  },
  {
    method: 'post',
    path: '/api/responsibility-tables/{id}/actions/{action}',
    access: ['responsibility-tables', 'show'],
    actor: 'lz_city',
    body: { comment: '请审核', version: 1 },
  },
  { method: 'get', path: '/api/responsibility-tables/{id}/history', access: ['responsibility-tables', 'show'] },
  { method: 'get', path: '/api/responsibility-tables/{id}/changes', access: ['responsibility-tables', 'show'] },
  { method: 'get', path: '/api/responsibility-tables/{id}/export', access: ['responsibility-tables', 'export'] },
  { method: 'get', path: '/api/responsibility-tables/{id}/attachments', access: ['responsibility-tables', 'show'] },
  // multipart: bad input for it is covered in platform/attachments/attachments.int-spec.ts
  { method: 'post', path: '/api/responsibility-tables/{id}/attachments', access: ['responsibility-tables', 'edit'] },
  { method: 'get', path: '/api/reporting-tasks', access: ['reporting-tasks', 'list'] },
  { method: 'get', path: '/api/reporting-tasks/{id}', access: ['reporting-tasks', 'show'] },
  { method: 'post', path: '/api/reporting-tasks/{id}/submit', access: ['reporting-tasks', 'edit'], actor: 'lz_city', body: { version: 1 } },
  { method: 'get', path: '/api/reporting-tasks/{id}/attachments', access: ['reporting-tasks', 'show'] },
  // multipart: bad input for it is covered in platform/attachments/attachments.int-spec.ts
  { method: 'post', path: '/api/reporting-tasks/{id}/attachments', access: ['reporting-tasks', 'edit'] },
  { method: 'get', path: '/api/reporting-rates', access: ['reporting-rates', 'list'] },
];
