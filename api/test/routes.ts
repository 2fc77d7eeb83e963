import type { Action, Resource } from '@yibao/shared';

/**
 * Every API route, with the access rule it must enforce and (for writes) a valid body. The permission
 * and bad-input tests walk this list, and a test compares it with the OpenAPI document, so a new route
 * cannot ship without being covered.
 */
export type Access = 'public' | 'signed-in' | [Resource, Action];

export interface RouteCase {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI path */
  path: string;
  access: Access;
  /** a valid body for the write (values that would pass validation) */
  body?: Record<string, unknown>;
  /** who sends the bad-input requests (must be allowed to call the route) */
  actor?: string;
}

export const ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/health', access: 'public' },
  { method: 'post', path: '/api/auth/login', access: 'public', body: { username: 'lz_city', password: 'Demo#2026' } },
  { method: 'post', path: '/api/auth/logout', access: 'signed-in' },
  { method: 'get', path: '/api/auth/me', access: 'signed-in' },
  { method: 'post', path: '/api/auth/password', access: 'signed-in', actor: 'lz_city', body: { currentPassword: 'Demo#2026', newPassword: 'Another#2027x' } },
  { method: 'get', path: '/api/users', access: ['users', 'list'] },
  { method: 'get', path: '/api/users/{id}', access: ['users', 'show'] },
  { method: 'post', path: '/api/users', access: ['users', 'create'], actor: 'admin', body: { username: 'new_user', displayName: '新用户', password: 'Strong#2026x', role: 'county_officer', regionCode: '450203' } },
  { method: 'patch', path: '/api/users/{id}', access: ['users', 'edit'], actor: 'admin', body: { displayName: '改名', role: 'county_officer', regionCode: '450202', version: 1 } },
  { method: 'post', path: '/api/users/{id}/disable', access: ['users', 'disable'], actor: 'admin', body: { version: 1 } },
  { method: 'post', path: '/api/users/{id}/enable', access: ['users', 'disable'], actor: 'admin', body: { version: 1 } },
  { method: 'post', path: '/api/users/{id}/unlock', access: ['users', 'unlock'], actor: 'security', body: { version: 1 } },
  { method: 'post', path: '/api/users/{id}/reset-password', access: ['users', 'reset-password'], actor: 'admin', body: { newPassword: 'Reset#2026xx' } },
  { method: 'post', path: '/api/users/{id}/authorize', access: ['users', 'authorize'], actor: 'security', body: { version: 1 } },
  { method: 'get', path: '/api/user-changes', access: ['user-changes', 'list'] },
  { method: 'get', path: '/api/user-changes/{id}', access: ['user-changes', 'show'] },
  { method: 'post', path: '/api/user-changes/{id}/actions/{action}', access: ['user-changes', 'show'], actor: 'security', body: { comment: '同意', version: 1 } },
  { method: 'get', path: '/api/user-changes/{id}/history', access: ['user-changes', 'show'] },
  { method: 'get', path: '/api/user-changes/{id}/changes', access: ['user-changes', 'show'] },
  { method: 'get', path: '/api/regions', access: ['regions', 'list'] },
  { method: 'get', path: '/api/regions/tree', access: ['regions', 'list'] },
  { method: 'get', path: '/api/regions/{code}', access: ['regions', 'show'] },
  { method: 'post', path: '/api/regions', access: ['regions', 'create'], actor: 'admin', body: { code: '450298', name: '新区' } },
  { method: 'patch', path: '/api/regions/{code}', access: ['regions', 'edit'], actor: 'admin', body: { name: '城中区', version: 1 } },
  { method: 'delete', path: '/api/regions/{code}', access: ['regions', 'delete'] },
  { method: 'get', path: '/api/audit-logs', access: ['audit-logs', 'list'] },
  { method: 'get', path: '/api/audit-logs/verify', access: ['audit-logs', 'verify'] },
  { method: 'post', path: '/api/audit-logs/verify', access: ['audit-logs', 'verify'], actor: 'auditor', body: { checkpoints: [] } },
  { method: 'get', path: '/api/audit-logs/checkpoint', access: ['audit-logs', 'verify'] },
  { method: 'get', path: '/api/audit-logs/{id}', access: ['audit-logs', 'show'] },
  { method: 'get', path: '/api/access-logs', access: ['access-logs', 'list'] },
  { method: 'get', path: '/api/sessions', access: ['sessions', 'list'] },
  { method: 'delete', path: '/api/sessions/{id}', access: ['sessions', 'delete'] },
  { method: 'get', path: '/api/inbox', access: ['inbox', 'list'] },
  { method: 'get', path: '/api/inbox/summary', access: ['inbox', 'list'] },
  { method: 'post', path: '/api/inbox/bulk', access: ['inbox', 'list'], actor: 'gx_province', body: { resource: 'responsibility-tables', action: 'approve', ids: [1], comment: '同意' } },
  { method: 'get', path: '/api/responsibility-tables', access: ['responsibility-tables', 'list'] },
  { method: 'get', path: '/api/responsibility-tables/status', access: ['responsibility-tables', 'list'] },
  { method: 'get', path: '/api/responsibility-tables/{id}', access: ['responsibility-tables', 'show'] },
  { method: 'post', path: '/api/responsibility-tables', access: ['responsibility-tables', 'create'], actor: 'lz_city', body: { regionCode: '450200', year: 2027 } },
  { method: 'patch', path: '/api/responsibility-tables/{id}', access: ['responsibility-tables', 'edit'], actor: 'lz_city', body: { rows: [{ role: '总负责人', name: '张三', unit: '柳州市医疗保障局', title: '局长', phone: '0772-2801234' }], version: 1 } },
  { method: 'post', path: '/api/responsibility-tables/{id}/actions/{action}', access: ['responsibility-tables', 'show'], actor: 'lz_city', body: { comment: '请审核', version: 1 } },
  { method: 'get', path: '/api/responsibility-tables/{id}/history', access: ['responsibility-tables', 'show'] },
  { method: 'get', path: '/api/responsibility-tables/{id}/changes', access: ['responsibility-tables', 'show'] },
  { method: 'get', path: '/api/responsibility-tables/{id}/export', access: ['responsibility-tables', 'export'] },
  { method: 'get', path: '/api/policy-parameters', access: ['policy-parameters', 'list'] },
  { method: 'get', path: '/api/policy-parameters/{id}', access: ['policy-parameters', 'show'] },
  { method: 'get', path: '/api/policy-parameters/{id}/diff', access: ['policy-parameters', 'show'] },
  { method: 'post', path: '/api/policy-parameters', access: ['policy-parameters', 'create'], actor: 'lz_city', body: { regionCode: '450200', year: 2030 } },
  { method: 'patch', path: '/api/policy-parameters/{id}', access: ['policy-parameters', 'edit'], actor: 'lz_city', body: { parameters: { regionCode: '450200' }, version: 1 } },
  { method: 'post', path: '/api/policy-parameters/{id}/actions/{action}', access: ['policy-parameters', 'show'], actor: 'lz_city', body: { comment: '请审批', version: 1 } },
  { method: 'get', path: '/api/policy-parameters/{id}/history', access: ['policy-parameters', 'show'] },
  { method: 'get', path: '/api/policy-parameters/{id}/changes', access: ['policy-parameters', 'show'] },
  { method: 'get', path: '/api/subsidy-standards', access: ['subsidy-standards', 'list'] },
  { method: 'get', path: '/api/subsidy-standards/{id}', access: ['subsidy-standards', 'show'] },
  { method: 'get', path: '/api/subsidy-standards/{id}/diff', access: ['subsidy-standards', 'show'] },
  { method: 'post', path: '/api/subsidy-standards', access: ['subsidy-standards', 'create'], actor: 'lz_city', body: { regionCode: '450200', year: 2030 } },
  { method: 'patch', path: '/api/subsidy-standards/{id}', access: ['subsidy-standards', 'edit'], actor: 'lz_city', body: { standards: { poolingRegionCode: '450200' }, version: 1 } },
  { method: 'post', path: '/api/subsidy-standards/{id}/actions/{action}', access: ['subsidy-standards', 'show'], actor: 'lz_city', body: { comment: '请审批', version: 1 } },
  { method: 'get', path: '/api/subsidy-standards/{id}/history', access: ['subsidy-standards', 'show'] },
  { method: 'get', path: '/api/subsidy-standards/{id}/changes', access: ['subsidy-standards', 'show'] },
  {
    method: 'post',
    path: '/api/settlements/calculate',
    access: ['settlements', 'calculate'],
    actor: 'lz_chengzhong',
    body: { regionCode: '450202', year: 2026, visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 2000000, inPolicyCost: 1800000, inCatalogueCost: 1900000, identityCategories: ['registered_poor'] },
  },
  { method: 'get', path: '/api/settlements', access: ['settlements', 'list'] },
  { method: 'get', path: '/api/settlements/{id}', access: ['settlements', 'show'] },
  {
    method: 'post',
    path: '/api/settlements',
    access: ['settlements', 'create'],
    actor: 'lz_chengzhong',
    body: {
      regionCode: '450202', year: 2026, visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 2000000, inPolicyCost: 1800000, inCatalogueCost: 1900000, identityCategories: ['registered_poor'],
      idNumber: '11010519491231002X', name: '张三', institutionCode: 'H45020200001', institutionName: '柳州市工人医院', settledOn: '2026-03-08',
      recorded: { basic: 1000000, criticalIllness: 300000, medicalAid: 400000, other: 0, outOfPocket: 300000 },
    },
  },
  { method: 'get', path: '/api/chronic-recognitions', access: ['chronic-recognitions', 'list'] },
  { method: 'get', path: '/api/chronic-recognitions/filing', access: ['chronic-recognitions', 'export'] },
  { method: 'get', path: '/api/chronic-recognitions/{id}', access: ['chronic-recognitions', 'show'] },
  {
    method: 'post',
    path: '/api/chronic-recognitions',
    access: ['chronic-recognitions', 'create'],
    actor: 'lz_chengzhong',
    body: { idNumber: '11010519491231002X', name: '张三', regionCode: '450202', diseaseCode: 'MT10', hospitalCode: 'H45020200001', hospitalName: '柳州市工人医院', hospitalLevel: 'tertiary', physicians: [{ name: '李医生', title: 'attending' }, { name: '王医生', title: 'chief' }], recognizedOn: '2026-04-10' },
  },
  { method: 'post', path: '/api/chronic-recognitions/{id}/revoke', access: ['chronic-recognitions', 'revoke'], actor: 'lz_chengzhong', body: { reason: '复核不符合认定标准', version: 1 } },
  { method: 'get', path: '/api/cost-warnings', access: ['cost-warnings', 'list'] },
  { method: 'get', path: '/api/cost-warnings/{id}', access: ['cost-warnings', 'show'] },
  { method: 'patch', path: '/api/cost-warnings/{id}', access: ['cost-warnings', 'edit'], actor: 'lz_chengzhong', body: { measures: [{ type: 'medical_aid', amountFen: 100000, note: '依申请救助' }], version: 1 } },
  { method: 'post', path: '/api/cost-warnings/{id}/actions/{action}', access: ['cost-warnings', 'show'], actor: 'lz_chengzhong', body: { comment: '已入户核实', version: 1 } },
  { method: 'get', path: '/api/cost-warnings/{id}/history', access: ['cost-warnings', 'show'] },
  { method: 'get', path: '/api/cost-warnings/{id}/changes', access: ['cost-warnings', 'show'] },
  { method: 'get', path: '/api/cost-warning-pushes', access: ['cost-warning-pushes', 'list'] },
  { method: 'get', path: '/api/cost-warning-pushes/{id}', access: ['cost-warning-pushes', 'show'] },
  { method: 'get', path: '/api/cost-warning-pushes/{id}/export', access: ['cost-warning-pushes', 'export'] },
  { method: 'post', path: '/api/cost-warning-pushes', access: ['cost-warning-pushes', 'create'], actor: 'lz_chengzhong', body: { month: '2026-05', department: 'civil_affairs' } },
  { method: 'post', path: '/api/cost-warning-pushes/{id}/receipt', access: ['cost-warning-pushes', 'edit'], actor: 'lz_chengzhong', body: { receivedBy: '城中区民政局 王某', version: 1 } },
  { method: 'get', path: '/api/assistance-stats', access: ['assistance-stats', 'list'] },
  // multipart: bad input for it is covered in settlement-import.int-spec.ts
  { method: 'post', path: '/api/settlement-imports', access: ['settlement-imports', 'create'] },
  { method: 'get', path: '/api/settlement-imports', access: ['settlement-imports', 'list'] },
  { method: 'get', path: '/api/settlement-imports/template', access: ['settlement-imports', 'list'] },
  { method: 'get', path: '/api/settlement-imports/{id}', access: ['settlement-imports', 'show'] },
  { method: 'get', path: '/api/settlement-imports/{id}/errors', access: ['settlement-imports', 'show'] },
  { method: 'post', path: '/api/settlement-recomputes', access: ['settlement-recomputes', 'create'], actor: 'lz_city', body: { year: 2026 } },
  { method: 'get', path: '/api/settlement-recomputes', access: ['settlement-recomputes', 'list'] },
  { method: 'get', path: '/api/settlement-recomputes/{id}', access: ['settlement-recomputes', 'show'] },
  { method: 'post', path: '/api/cost-warning-detections', access: ['cost-warning-detections', 'create'], actor: 'lz_city', body: { year: 2026 } },
  { method: 'get', path: '/api/cost-warning-detections', access: ['cost-warning-detections', 'list'] },
  { method: 'get', path: '/api/cost-warning-detections/{id}', access: ['cost-warning-detections', 'show'] },
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

/** A concrete URL for a route: ids that may or may not exist (the permission check comes first). */
export function concreteUrl(path: string, ids: { userId: number; regionCode: string; auditId: number }): string {
  return path
    .replace('{id}', String(path.startsWith('/api/audit-logs') ? ids.auditId : ids.userId))
    .replace('{code}', ids.regionCode)
    .replace('{action}', 'submit');
}
