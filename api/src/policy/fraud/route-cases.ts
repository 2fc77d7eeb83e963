import type { RouteCase } from '../../../test/routes';

/** The fraud area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const FRAUD_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/fraud-cases', access: ['fraud-cases', 'list'] },
  { method: 'get', path: '/api/fraud-cases/{id}', access: ['fraud-cases', 'show'] },
  { method: 'post', path: '/api/fraud-cases/{id}/reveal', access: ['fraud-cases', 'reveal'], actor: 'lz_inspector', body: { reason: '核对当事人身份' } },
  {
    method: 'post',
    path: '/api/fraud-cases/{id}/actions/{action}',
    access: ['fraud-cases', 'show'],
    actor: 'lz_inspector',
    body: { comment: '开始调查', version: 1 },
  },
  { method: 'get', path: '/api/fraud-cases/{id}/history', access: ['fraud-cases', 'show'] },
  { method: 'get', path: '/api/fraud-cases/{id}/changes', access: ['fraud-cases', 'show'] },
  {
    method: 'post',
    path: '/api/fraud-cases/{id}/pauses',
    access: ['fraud-cases', 'edit'],
    actor: 'lz_inspector',
    body: { kind: 'appraisal', from: '2026-05-04', to: '2026-05-20', version: 1 },
  },
  {
    method: 'post',
    path: '/api/fraud-cases/{id}/extensions',
    access: ['fraud-cases', 'edit'],
    actor: 'lz_head',
    body: { days: 30, reason: '案情复杂', collective: false, version: 1 },
  },
  {
    method: 'post',
    path: '/api/fraud-cases/{id}/collective-discussion',
    access: ['fraud-cases', 'edit'],
    actor: 'lz_head',
    body: { heldOn: '2026-06-10', participants: ['局长 张三', '副局长 李四'], conclusion: '同意', version: 1 },
  },
  {
    method: 'post',
    path: '/api/fraud-cases/{id}/executions',
    access: ['fraud-cases', 'edit'],
    actor: 'lz_inspector',
    body: { kind: 'fine', amount: 100000, paidOn: '2026-07-01', receiptNo: '桂非税00012345', version: 1 },
  },
  {
    method: 'post',
    path: '/api/fraud-cases/{id}/supervision',
    access: ['fraud-cases', 'edit'],
    actor: 'gx_province',
    body: { letterNo: '桂医保督〔2026〕3号', dueOn: '2026-12-31', version: 1 },
  },
  { method: 'post', path: '/api/fraud-cases/{id}/documents', access: ['fraud-cases', 'edit'], actor: 'lz_inspector', body: { kind: 'filing_approval' } },
  { method: 'get', path: '/api/fraud-cases/{id}/attachments', access: ['fraud-cases', 'show'] },
  // multipart: bad input for it is covered in platform/attachments/attachments.int-spec.ts
  { method: 'post', path: '/api/fraud-cases/{id}/attachments', access: ['fraud-cases', 'edit'] },
  { method: 'get', path: '/api/fraud-stats', access: ['fraud-stats', 'list'] },
];
