import { DateField, List } from '@refinedev/antd';
import { ACCESS_LOG_KINDS, type AccessLogRecord } from '@yibao/shared';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUDIT_RESOURCES, AuditResource } from '../../../components/AuditAction';
import { resourceLabel } from '../../../components/serverErrors';
import { FilterCard } from '../../../components/FilterCard';
import { useListPage } from '../../../hooks/useListPage';

const KIND_COLORS: Record<string, string> = { forbidden: 'red', not_found: 'orange', read: 'blue', id_search: 'purple', reveal: 'magenta', download: 'cyan' };

/**
 * 访问日志 (PIPL art. 55–56): refused record access (403, 404 on a record) and reads of personal data, for the
 * security admin (the audit admin reads it too). Newest first; ID numbers appear masked only.
 */
export default function AccessLogList() {
  const { t } = useTranslation();
  const { tableProps, filterCard } = useListPage<AccessLogRecord>({
    filters: {
      username: { kind: 'contains', label: 'access-logs.fields.username', width: 150 },
      kind: {
        kind: 'eq',
        label: 'access-logs.fields.kind',
        width: 190,
        options: ACCESS_LOG_KINDS.map((k) => ({ value: k, label: t(`access-logs.kinds.${k}`) })),
      },
      resource: {
        kind: 'eq',
        label: 'access-logs.fields.resource',
        width: 130,
        options: AUDIT_RESOURCES.map((r) => ({ value: r, label: resourceLabel(r) })),
      },
      resourceId: { kind: 'text', label: 'access-logs.fields.resourceId', width: 110 },
      at: { kind: 'dateTimeRange', label: 'access-logs.fields.at' },
    },
    sort: false,
  });

  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<AccessLogRecord> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }} data-testid="access-log-table">
        <Table.Column<AccessLogRecord>
          dataIndex="at"
          title={t('access-logs.fields.at')}
          width={170}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm:ss" />}
        />
        <Table.Column<AccessLogRecord> dataIndex="username" title={t('access-logs.fields.username')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AccessLogRecord>
          dataIndex="role"
          title={t('access-logs.fields.role')}
          render={(v: string | null) => (v ? <Tag>{t(`roles.${v}`, { defaultValue: v })}</Tag> : '—')}
        />
        <Table.Column<AccessLogRecord>
          dataIndex="kind"
          title={t('access-logs.fields.kind')}
          render={(v: string) => <Tag color={KIND_COLORS[v]}>{t(`access-logs.kinds.${v}`, { defaultValue: v })}</Tag>}
        />
        <Table.Column<AccessLogRecord> dataIndex="resource" title={t('access-logs.fields.resource')} render={(v: string) => <AuditResource resource={v} />} />
        <Table.Column<AccessLogRecord> dataIndex="resourceId" title={t('access-logs.fields.resourceId')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AccessLogRecord>
          key="route"
          title={t('access-logs.fields.route')}
          render={(_, r) => (
            <span className="yb-mono">
              {r.method} {r.route} · {r.statusCode}
            </span>
          )}
        />
        <Table.Column<AccessLogRecord>
          dataIndex="detail"
          title={t('access-logs.fields.detail')}
          render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>}
        />
        <Table.Column<AccessLogRecord>
          dataIndex="ip"
          title={t('access-logs.fields.ip')}
          render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>}
        />
      </Table>
    </List>
  );
}
