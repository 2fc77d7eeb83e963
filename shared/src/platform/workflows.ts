import type { WorkflowDefinition } from '../workflow';

// 三权分立: changes to administrator accounts
/**
 * A change to an account holding (or being granted) an administrator role — create, edit, password reset,
 * disable, enable — is proposed by one administrator and takes effect only when an administrator of
 * another administrator role confirms it; the API's subject adds the rules the table cannot say (not the
 * proposer, not the proposer's role, not the account itself).
 */
export const USER_CHANGE_WORKFLOW: WorkflowDefinition = {
  resource: 'user-changes',
  initial: 'pending',
  approvedState: 'confirmed',
  states: {
    pending: { label: { zh: '待确认', en: 'Pending' }, deadlineDays: 7, color: 'processing' },
    confirmed: { label: { zh: '已确认生效', en: 'Confirmed' }, color: 'success' },
    rejected: { label: { zh: '已驳回', en: 'Rejected' }, color: 'default' },
  },
  actions: {
    confirm: {
      from: ['pending'],
      to: 'confirmed',
      roles: ['system_admin', 'security_admin', 'audit_admin'],
      level: 'subtree',
      label: { zh: '确认', en: 'Confirm' },
      tone: 'primary',
    },
    reject: {
      from: ['pending'],
      to: 'rejected',
      roles: ['system_admin', 'security_admin', 'audit_admin'],
      level: 'subtree',
      commentRequired: true,
      label: { zh: '驳回', en: 'Reject' },
      tone: 'danger',
    },
  },
};

export const PLATFORM_WORKFLOWS: readonly WorkflowDefinition[] = [USER_CHANGE_WORKFLOW];
