import type { Action, Resource } from '@yibao/shared';
import { ASSISTANCE_ROUTES } from '../src/policy/assistance/route-cases';
import { ENROLLMENT_ROUTES } from '../src/policy/enrollment/route-cases';
import { FRAUD_ROUTES } from '../src/policy/fraud/route-cases';
import { SCREENING_ROUTES } from '../src/policy/screening/route-cases';
import { COMPLIANCE_ROUTES } from '../src/policy/compliance/route-cases';
import { RECTIFICATION_ROUTES } from '../src/policy/rectification/route-cases';
import { SUPERVISION_ROUTES } from '../src/policy/supervision/route-cases';

/**
 * Every API route, with the access rule it must enforce and (for writes) a valid body. The permission
 * and bad-input tests walk this list, and a test compares it with the OpenAPI document, so a new route
 * cannot ship without being covered. The platform's routes are listed here; each policy area lists its own
 * in `api/src/policy/<area>/route-cases.ts`, so a new resource touches only its area.
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
  {
    method: 'post',
    path: '/api/users',
    access: ['users', 'create'],
    actor: 'admin',
    body: { username: 'new_user', displayName: '新用户', password: 'Strong#2026x', role: 'county_officer', regionCode: '450203' },
  },
  {
    method: 'patch',
    path: '/api/users/{id}',
    access: ['users', 'edit'],
    actor: 'admin',
    body: { displayName: '改名', role: 'county_officer', regionCode: '450202', version: 1 },
  },
  { method: 'post', path: '/api/users/{id}/disable', access: ['users', 'disable'], actor: 'admin', body: { version: 1 } },
  { method: 'post', path: '/api/users/{id}/enable', access: ['users', 'disable'], actor: 'admin', body: { version: 1 } },
  { method: 'post', path: '/api/users/{id}/unlock', access: ['users', 'unlock'], actor: 'security', body: { version: 1 } },
  { method: 'post', path: '/api/users/{id}/reset-password', access: ['users', 'reset-password'], actor: 'admin', body: { newPassword: 'Reset#2026xx' } },
  { method: 'post', path: '/api/users/{id}/authorize', access: ['users', 'authorize'], actor: 'security', body: { version: 1 } },
  { method: 'get', path: '/api/user-changes', access: ['user-changes', 'list'] },
  { method: 'get', path: '/api/user-changes/{id}', access: ['user-changes', 'show'] },
  {
    method: 'post',
    path: '/api/user-changes/{id}/actions/{action}',
    access: ['user-changes', 'show'],
    actor: 'security',
    body: { comment: '同意', version: 1 },
  },
  { method: 'get', path: '/api/user-changes/{id}/history', access: ['user-changes', 'show'] },
  { method: 'get', path: '/api/user-changes/{id}/changes', access: ['user-changes', 'show'] },
  { method: 'get', path: '/api/regions', access: ['regions', 'list'] },
  { method: 'get', path: '/api/regions/tree', access: ['regions', 'list'] },
  { method: 'get', path: '/api/regions/{code}', access: ['regions', 'show'] },
  { method: 'post', path: '/api/regions', access: ['regions', 'create'], actor: 'admin', body: { code: '450298', name: '新区' } },
  { method: 'patch', path: '/api/regions/{code}', access: ['regions', 'edit'], actor: 'admin', body: { name: '城中区', version: 1 } },
  { method: 'delete', path: '/api/regions/{code}', access: ['regions', 'delete'] },
  { method: 'get', path: '/api/holidays', access: ['holidays', 'list'] },
  { method: 'get', path: '/api/holidays/{id}', access: ['holidays', 'show'] },
  { method: 'post', path: '/api/holidays', access: ['holidays', 'create'], actor: 'admin', body: { date: '2027-01-01', kind: 'holiday', name: '元旦' } },
  {
    method: 'patch',
    path: '/api/holidays/{id}',
    access: ['holidays', 'edit'],
    actor: 'admin',
    body: { date: '2027-01-02', kind: 'holiday', name: '元旦', version: 1 },
  },
  { method: 'delete', path: '/api/holidays/{id}', access: ['holidays', 'delete'] },
  { method: 'get', path: '/api/audit-logs', access: ['audit-logs', 'list'] },
  { method: 'get', path: '/api/audit-logs/verify', access: ['audit-logs', 'verify'] },
  { method: 'post', path: '/api/audit-logs/verify', access: ['audit-logs', 'verify'], actor: 'auditor', body: { checkpoints: [] } },
  { method: 'get', path: '/api/audit-logs/checkpoint', access: ['audit-logs', 'verify'] },
  { method: 'get', path: '/api/audit-logs/{id}', access: ['audit-logs', 'show'] },
  { method: 'get', path: '/api/access-logs', access: ['access-logs', 'list'] },
  { method: 'get', path: '/api/sessions', access: ['sessions', 'list'] },
  { method: 'delete', path: '/api/sessions/{id}', access: ['sessions', 'delete'] },
  { method: 'get', path: '/api/attachments/{id}/content', access: ['attachments', 'show'] },
  { method: 'patch', path: '/api/attachments/{id}', access: ['attachments', 'edit'], actor: 'lz_inspector', body: { evidenceType: 'documentary' } },
  { method: 'delete', path: '/api/attachments/{id}', access: ['attachments', 'delete'] },
  { method: 'get', path: '/api/inbox', access: ['inbox', 'list'] },
  { method: 'get', path: '/api/inbox/summary', access: ['inbox', 'list'] },
  { method: 'get', path: '/api/inbox/candidates', access: ['inbox', 'list'] },
  { method: 'get', path: '/api/notifications', access: ['notifications', 'list'] },
  { method: 'get', path: '/api/notifications/unread-count', access: ['notifications', 'list'] },
  // these take no body (any field is a 400: notifications.int-spec)
  { method: 'post', path: '/api/notifications/read-all', access: ['notifications', 'show'] },
  { method: 'post', path: '/api/notifications/{id}/read', access: ['notifications', 'show'] },
  { method: 'get', path: '/api/notification-sweeps', access: ['notification-sweeps', 'list'] },
  { method: 'get', path: '/api/notification-sweeps/{id}', access: ['notification-sweeps', 'show'] },
  { method: 'post', path: '/api/notification-sweeps', access: ['notification-sweeps', 'create'] },
  {
    method: 'post',
    path: '/api/inbox/bulk',
    access: ['inbox', 'list'],
    actor: 'gx_province',
    body: { resource: 'responsibility-tables', action: 'approve', ids: [1], comment: '同意' },
  },
  ...SUPERVISION_ROUTES,
  ...ASSISTANCE_ROUTES,
  ...ENROLLMENT_ROUTES,
  ...RECTIFICATION_ROUTES,
  ...FRAUD_ROUTES,
  ...SCREENING_ROUTES,
  ...COMPLIANCE_ROUTES,
];

/** A concrete URL for a route: ids that may or may not exist (the permission check comes first). */
export function concreteUrl(path: string, ids: { userId: number; regionCode: string; auditId: number }): string {
  return path
    .replace('{id}', String(path.startsWith('/api/audit-logs') ? ids.auditId : ids.userId))
    .replace('{code}', ids.regionCode)
    .replace('{pauseId}', '1')
    .replace('{action}', 'submit');
}
