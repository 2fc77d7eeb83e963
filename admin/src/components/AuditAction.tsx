import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Audit actions the API writes today; the filter offers these, the table shows any code it meets. */
export const AUDIT_ACTIONS = [
  'login',
  'logout',
  'login_failed',
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
] as const;

export const AUDIT_RESOURCES = [
  'auth',
  'users',
  'regions',
  'sessions',
  'responsibility-tables',
  'policy-parameters',
  'settlements',
  'beneficiaries',
  'enrollments',
  'roster-imports',
  'verification-tasks',
] as const;

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

/** Workflow transitions are written as `workflow:<action>`; the colon must not reach i18next (its namespace separator). */
export function AuditActionTag({ action }: { action: string }) {
  const { t } = useTranslation();
  const [kind, step] = action.split(':');
  const label = step ? t('audit-logs.actionLabels.workflow', { action: step }) : t(`audit-logs.actionLabels.${kind}`, { defaultValue: action });
  return <Tag color={COLORS[kind] ?? 'default'}>{label}</Tag>;
}
