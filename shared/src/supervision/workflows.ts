import type { Role } from '../roles';
import type { WorkflowDefinition } from '../workflow';

const APPROVERS: readonly Role[] = ['province_supervisor', 'city_officer'];
const FILERS: readonly Role[] = ['city_officer', 'county_officer'];

/** 医疗保障扶贫责任分工表 (S0 Annex 2): filed by the city or county, approved by the level above. */
export const RESPONSIBILITY_TABLE_WORKFLOW: WorkflowDefinition = {
  resource: 'responsibility-tables',
  initial: 'draft',
  approvedState: 'approved',
  states: {
    draft: { label: { zh: '草稿', en: 'Draft' }, editable: true, color: 'default' },
    submitted: { label: { zh: '已报送待审核', en: 'Submitted' }, deadlineDays: 10, color: 'processing' },
    returned: { label: { zh: '已退回待修改', en: 'Returned' }, editable: true, deadlineDays: 10, color: 'warning' },
    approved: { label: { zh: '已审核通过', en: 'Approved' }, color: 'success' },
  },
  actions: {
    submit: { from: ['draft', 'returned'], to: 'submitted', roles: FILERS, level: 'own', label: { zh: '报送', en: 'Submit' }, tone: 'primary' },
    approve: { from: ['submitted'], to: 'approved', roles: APPROVERS, level: 'above', label: { zh: '审核通过', en: 'Approve' }, tone: 'primary' },
    return: {
      from: ['submitted'],
      to: 'returned',
      roles: APPROVERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '退回', en: 'Return' },
      tone: 'danger',
    },
    reopen: {
      from: ['approved'],
      to: 'returned',
      roles: APPROVERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '重新打开', en: 'Reopen' },
      tone: 'default',
      inbox: false,
    },
  },
};

export const SUPERVISION_WORKFLOWS: readonly WorkflowDefinition[] = [RESPONSIBILITY_TABLE_WORKFLOW];
