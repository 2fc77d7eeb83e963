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
] as const;

export const AUDIT_RESOURCES = ['auth', 'users', 'regions', 'responsibility-tables'] as const;

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
};

export function AuditActionTag({ action }: { action: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[action] ?? 'default'}>{t(`audit-logs.actionLabels.${action}`, { defaultValue: action })}</Tag>;
}
