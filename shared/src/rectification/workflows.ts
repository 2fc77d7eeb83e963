import type { Role } from '../roles';
import type { WorkflowDefinition } from '../workflow';

/** The unit an item is about rectifies it (a county, or a city for its own items). */
const UNITS: readonly Role[] = ['city_officer', 'county_officer'];
/** The level above verifies: a county's item by its city, a city's by the province (S4 §五, 双审). */
const VERIFIERS: readonly Role[] = ['province_supervisor', 'city_officer'];

/**
 * A rectification item (整改事项, DOMAIN §4): 建账 → 整改 → 申请销号 with evidence → 销号 by the level above
 * (never by the unit itself), or 退回; an item that cannot finish in time gets an approved new deadline (持续整改);
 * one found not to be a problem is 核实排除 by the level above. `identified` and `rectifying` are the unit's
 * to edit (its measures, sub-tasks and evidence); their deadline is the item's `dueOn`, the verifier's steps
 * wait `deadlineDays`.
 */
export const RECTIFICATION_ITEM_WORKFLOW: WorkflowDefinition = {
  resource: 'rectification-items',
  initial: 'identified',
  approvedState: 'closed',
  states: {
    identified: { label: { zh: '待整改', en: 'Identified' }, editable: true, color: 'default' },
    rectifying: { label: { zh: '整改中', en: 'Rectifying' }, editable: true, color: 'processing' },
    closure_requested: { label: { zh: '申请销号', en: 'Closure requested' }, deadlineDays: 10, color: 'warning' },
    extension_requested: { label: { zh: '申请延期', en: 'Extension requested' }, deadlineDays: 10, color: 'warning' },
    closed: { label: { zh: '已销号', en: 'Closed' }, color: 'success' },
    dismissed: { label: { zh: '核实排除', en: 'Dismissed' }, color: 'default' },
  },
  actions: {
    start: { from: ['identified'], to: 'rectifying', roles: UNITS, level: 'own', label: { zh: '开始整改', en: 'Start' }, tone: 'primary' },
    dismiss: {
      from: ['identified'],
      to: 'dismissed',
      roles: VERIFIERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '核实排除', en: 'Dismiss' },
      tone: 'default',
      inbox: false,
    },
    request_closure: {
      from: ['rectifying'],
      to: 'closure_requested',
      roles: UNITS,
      level: 'own',
      label: { zh: '申请销号', en: 'Request closure' },
      tone: 'primary',
    },
    close: { from: ['closure_requested'], to: 'closed', roles: VERIFIERS, level: 'above', label: { zh: '销号', en: 'Close' }, tone: 'primary' },
    return: {
      from: ['closure_requested'],
      to: 'rectifying',
      roles: VERIFIERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '退回', en: 'Return' },
      tone: 'danger',
    },
    request_extension: {
      from: ['rectifying'],
      to: 'extension_requested',
      roles: UNITS,
      level: 'own',
      commentRequired: true,
      label: { zh: '申请延期', en: 'Request extension' },
      tone: 'default',
      inbox: false,
      // the new deadline asked for: granted, it becomes the item's dueOn (grant_extension)
      payload: { dueOn: { type: 'date', required: true, laterThan: 'dueOn', label: { zh: '申请延期至', en: 'New deadline' } } },
    },
    grant_extension: {
      from: ['extension_requested'],
      to: 'rectifying',
      roles: VERIFIERS,
      level: 'above',
      label: { zh: '同意延期', en: 'Grant extension' },
      tone: 'primary',
    },
    refuse_extension: {
      from: ['extension_requested'],
      to: 'rectifying',
      roles: VERIFIERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '不同意延期', en: 'Refuse extension' },
      tone: 'danger',
    },
  },
};

export const RECTIFICATION_WORKFLOWS: readonly WorkflowDefinition[] = [RECTIFICATION_ITEM_WORKFLOW];
