import { RESOURCES, WORKFLOWS } from '@yibao/shared';
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
  'push',
  'receipt',
  'checkpoint',
  'chain_keyed',
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
