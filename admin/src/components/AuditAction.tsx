import { CODE_LISTS, RESOURCES, WORKFLOWS } from '@yibao/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { resourceLabel } from './serverErrors';

/** Audit actions the API writes today; the filter offers these, the table shows any code it meets. */
export const AUDIT_ACTIONS = [
  'login',
  'logout',
  'login_failed',
  'login_throttled',
  'login_refused',
  'lock',
  'create',
  'update',
  'delete',
  'enable',
  'disable',
  'unlock',
  'reset_password',
  'change_password',
  'seed',
  'export',
  'export_full',
  'import',
  'reveal',
  'id_search',
  'close',
  'revoke_session',
  'propose',
  'revoke',
  'detect',
  'supervise',
  'screening_update',
  'push',
  'receipt',
  'checkpoint',
  'chain_keyed',
  'upload',
  'download',
  'screen',
  'publish',
  'submit',
  'open_rectification',
  'propose_accountability',
] as const;

/** What an audit row can be about: sign-in and sessions, the log itself, and every resource of the permission table. */
export const AUDIT_RESOURCES: readonly string[] = ['auth', 'sessions', ...RESOURCES.filter((r) => r !== 'sessions')];

const COLORS: Record<string, string> = {
  login: 'green',
  logout: 'default',
  login_failed: 'orange',
  login_refused: 'red',
  lock: 'red',
  create: 'blue',
  update: 'geekblue',
  delete: 'magenta',
  disable: 'volcano',
  enable: 'cyan',
  unlock: 'gold',
  reset_password: 'purple',
  change_password: 'purple',
  export: 'lime',
  export_full: 'red',
  reveal: 'red',
  import: 'blue',
  close: 'green',
  revoke_session: 'volcano',
  workflow: 'processing',
};

/**
 * Workflow transitions are written as `workflow:<action>` and labelled by the action of the row's resource's
 * workflow (shared WORKFLOWS, both languages); the colon must not reach i18next (its namespace separator).
 */
export function AuditActionTag({ action, resource }: { action: string; resource: string }) {
  const { t, i18n } = useTranslation();
  const [kind, step] = action.split(':');
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const stepLabel = step ? (WORKFLOWS[resource]?.actions[step]?.label[lang] ?? t(`audit-logs.actionLabels.${step}`, { defaultValue: step })) : '';
  const label = step ? t('audit-logs.actionLabels.workflow', { action: stepLabel }) : t(`audit-logs.actionLabels.${kind}`, { defaultValue: action });
  return <Tag color={COLORS[kind] ?? 'default'}>{label}</Tag>;
}

/** An audit row's resource by its label (re-rendered when the language changes). */
export function AuditResource({ resource }: { resource: string }) {
  useTranslation();
  return <>{resourceLabel(resource)}</>;
}

/** The code list a record field holds codes of, by the field's name (the rest by its plural: visitType → visitTypes). */
const FIELD_CODE_LISTS: Record<string, string> = { role: 'roles', level: 'regionLevels', outcome: 'taskOutcomes', flags: 'settlementFlags' };
/** `status` means a different list on each resource. */
const STATUS_CODE_LISTS: Record<string, string> = { beneficiaries: 'beneficiaryStatuses', 'chronic-recognitions': 'recognitionStatuses' };

/**
 * A code in an audited before/after by its label: a workflow `state` of the row's resource, or a value of the
 * code list the field names (one code or a list of them); undefined for anything that is not a known code.
 */
export function auditValueLabel(resource: string, field: string, value: unknown, lang: 'zh' | 'en'): string | undefined {
  if (field === 'state' && typeof value === 'string') return WORKFLOWS[resource]?.states[value]?.label[lang];
  const section = field === 'status' ? STATUS_CODE_LISTS[resource] : (FIELD_CODE_LISTS[field] ?? `${field}s`);
  const list = section ? (CODE_LISTS[section] ?? CODE_LISTS[field]) : undefined;
  if (!list) return undefined;
  const codes = Array.isArray(value) ? value : [value];
  if (!codes.length || !codes.every((c) => list.is(c))) return undefined;
  return codes.map((c) => list[lang][c as string]).join(lang === 'zh' ? '、' : ', ');
}
