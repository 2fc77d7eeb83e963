import type { RouteCase } from '../../../test/routes';

/** The enrollment area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const ENROLLMENT_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/subsidy-standards', access: ['subsidy-standards', 'list'] },
  { method: 'get', path: '/api/subsidy-standards/{id}', access: ['subsidy-standards', 'show'] },
  { method: 'get', path: '/api/subsidy-standards/{id}/diff', access: ['subsidy-standards', 'show'] },
  { method: 'post', path: '/api/subsidy-standards', access: ['subsidy-standards', 'create'], actor: 'lz_city', body: { regionCode: '450200', year: 2030 } },
  { method: 'patch', path: '/api/subsidy-standards/{id}', access: ['subsidy-standards', 'edit'], actor: 'lz_city', body: { standards: { poolingRegionCode: '450200' }, version: 1 } },
  { method: 'post', path: '/api/subsidy-standards/{id}/actions/{action}', access: ['subsidy-standards', 'show'], actor: 'lz_city', body: { comment: '请审批', version: 1 } },
  { method: 'get', path: '/api/subsidy-standards/{id}/history', access: ['subsidy-standards', 'show'] },
  { method: 'get', path: '/api/subsidy-standards/{id}/changes', access: ['subsidy-standards', 'show'] },
  { method: 'get', path: '/api/beneficiaries', access: ['beneficiaries', 'list'] },
  { method: 'get', path: '/api/beneficiaries/{id}', access: ['beneficiaries', 'show'] },
  { method: 'post', path: '/api/beneficiaries', access: ['beneficiaries', 'create'], actor: 'lz_chengzhong', body: { idNumber: '11010519491231002X', name: '张三', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' } },
  { method: 'patch', path: '/api/beneficiaries/{id}', access: ['beneficiaries', 'edit'], actor: 'lz_chengzhong', body: { name: '张三', regionCode: '450202', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs', version: 1 } },
  { method: 'get', path: '/api/beneficiaries/{id}/subsidy', access: ['beneficiaries', 'show'] },
  { method: 'post', path: '/api/beneficiaries/{id}/reveal', access: ['beneficiaries', 'reveal'], actor: 'lz_chengzhong', body: { reason: '核对参保信息' } },
  { method: 'get', path: '/api/enrollments', access: ['enrollments', 'list'] },
  { method: 'post', path: '/api/enrollments', access: ['enrollments', 'create'], actor: 'lz_chengzhong', body: { beneficiaryId: 1, year: 2026, enrolled: true, scheme: 'resident_basic' } },
  { method: 'patch', path: '/api/enrollments/{id}', access: ['enrollments', 'edit'], actor: 'lz_chengzhong', body: { enrolled: false, version: 1 } },
  { method: 'get', path: '/api/verification-tasks', access: ['verification-tasks', 'list'] },
  { method: 'get', path: '/api/verification-tasks/{id}', access: ['verification-tasks', 'show'] },
  { method: 'post', path: '/api/verification-tasks/{id}/close', access: ['verification-tasks', 'edit'], actor: 'lz_chengzhong', body: { outcome: 'corrected', outcomeNote: '已核实更正', version: 1 } },
  // multipart: bad input for it is covered in policy/enrollment/roster-imports/roster-imports.int-spec.ts
  { method: 'post', path: '/api/roster-imports', access: ['roster-imports', 'create'] },
  { method: 'get', path: '/api/roster-imports', access: ['roster-imports', 'list'] },
  { method: 'get', path: '/api/roster-imports/template', access: ['roster-imports', 'list'] },
  { method: 'get', path: '/api/roster-imports/{id}', access: ['roster-imports', 'show'] },
  { method: 'get', path: '/api/roster-imports/{id}/errors', access: ['roster-imports', 'show'] },
  { method: 'get', path: '/api/enrollment-rates', access: ['enrollment-rates', 'list'] },
  { method: 'get', path: '/api/enrollment-bulletin', access: ['enrollment-bulletin', 'list'] },
  { method: 'get', path: '/api/ledger-export', access: ['beneficiaries', 'export'] },
];
