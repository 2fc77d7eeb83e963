import type { RouteCase } from '../../../test/routes';

/** The rectification area's routes for the permission and bad-input sweeps (api/test/routes.ts combines the areas). */
export const RECTIFICATION_ROUTES: RouteCase[] = [
  { method: 'get', path: '/api/rectification-campaigns', access: ['rectification-campaigns', 'list'] },
  { method: 'get', path: '/api/rectification-campaigns/{id}', access: ['rectification-campaigns', 'show'] },
  {
    method: 'post',
    path: '/api/rectification-campaigns',
    access: ['rectification-campaigns', 'create'],
    actor: 'gx_province',
    body: { name: '过度保障问题专项治理', documentNo: '医保发〔2019〕57号', immediateDays: 30, transitionDueOn: '2020-12-31', startedOn: '2019-11-01' },
  },
  {
    method: 'patch',
    path: '/api/rectification-campaigns/{id}',
    access: ['rectification-campaigns', 'edit'],
    actor: 'gx_province',
    body: { name: '过度保障问题专项治理', immediateDays: 15, transitionDueOn: '2020-12-31', version: 1 },
  },
  { method: 'delete', path: '/api/rectification-campaigns/{id}', access: ['rectification-campaigns', 'delete'] },
  { method: 'get', path: '/api/rectification-items', access: ['rectification-items', 'list'] },
  { method: 'get', path: '/api/rectification-items/{id}', access: ['rectification-items', 'show'] },
  {
    method: 'post',
    path: '/api/rectification-items',
    access: ['rectification-items', 'create'],
    actor: 'lz_city',
    body: {
      campaignId: 1,
      regionCode: '450202',
      problemType: 'zero_copay',
      title: '城中区个人零自付政策未清理',
      description: '县级文件规定特困人员住院个人零自付',
      affectedPersons: 120,
      amount: 1250000,
      identifiedOn: '2026-03-10',
      responsibleRole: '总负责人',
    },
  },
  {
    method: 'patch',
    path: '/api/rectification-items/{id}',
    access: ['rectification-items', 'edit'],
    actor: 'lz_chengzhong',
    body: {
      title: '城中区个人零自付政策未清理',
      measures: '废止县级文件，按三重制度待遇执行',
      subTasks: { fund_transfer: { status: 'done', note: '资金已并入医疗救助基金', doneOn: '2026-03-20' } },
      version: 1,
    },
  },
  {
    method: 'post',
    path: '/api/rectification-items/{id}/supervise',
    access: ['rectification-items', 'supervise'],
    actor: 'gx_province',
    body: { letterNo: '桂医保督〔2026〕3号', comment: '逾期未整改，挂牌督办' },
  },
  {
    method: 'post',
    path: '/api/rectification-items/{id}/actions/{action}',
    access: ['rectification-items', 'show'],
    actor: 'lz_chengzhong',
    body: { comment: '资金并转尚需一个预算年度', dueOn: '2027-06-30', version: 1 },
  },
  { method: 'get', path: '/api/rectification-items/{id}/history', access: ['rectification-items', 'show'] },
  { method: 'get', path: '/api/rectification-items/{id}/changes', access: ['rectification-items', 'show'] },
  { method: 'get', path: '/api/rectification-items/{id}/attachments', access: ['rectification-items', 'show'] },
  // multipart: bad input for it is covered in platform/attachments/attachments.int-spec.ts
  { method: 'post', path: '/api/rectification-items/{id}/attachments', access: ['rectification-items', 'edit'] },
];
