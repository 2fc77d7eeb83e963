import { DateField, List } from '@refinedev/antd';
import { ACCESS_LOG_KINDS, type AccessLogRecord } from '@yibao/shared';
import { DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { AUDIT_RESOURCES } from '../../../components/AuditAction';
import { FilterCard } from '../../../components/FilterCard';
import { useListPage } from '../../../hooks/useListPage';

const KIND_COLORS: Record<string, string> = { forbidden: 'red', not_found: 'orange', read: 'blue', id_search: 'purple', reveal: 'magenta', download: 'cyan' };

/**
 * 访问日志 (PIPL art. 55–56): refused record access (403, 404 on a record) and reads of personal data, for the
 * security admin (the audit admin reads it too). Newest first; ID numbers appear masked only.
 */
export default function AccessLogList() {
  const { t } = useTranslation();
  const { tableProps, filterFormProps } = useListPage<AccessLogRecord>({
    filters: { username: 'contains', kind: 'eq', resource: 'eq', resourceId: 'text', at: 'dateTimeRange' },
    sort: false,
  });

  return (
    <List>
      <FilterCard formProps={filterFormProps}>
        <Form.Item label={t('access-logs.fields.username')} name="username">
          <Input allowClear style={{ width: 150 }} data-testid="filter-username" />
        </Form.Item>
        <Form.Item label={t('access-logs.fields.kind')} name="kind">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 190 }}
            popupMatchSelectWidth={false}
            options={ACCESS_LOG_KINDS.map((k) => ({ value: k, label: t(`access-logs.kinds.${k}`) }))}
            data-testid="filter-kind"
          />
        </Form.Item>
        <Form.Item label={t('access-logs.fields.resource')} name="resource">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 130 }}
            popupMatchSelectWidth={false}
            options={AUDIT_RESOURCES.map((r) => ({ value: r, label: t(`audit-logs.resourceLabels.${r}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('access-logs.fields.resourceId')} name="resourceId">
          <Input allowClear style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label={t('access-logs.fields.at')} name="at">
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
        </Form.Item>
      </FilterCard>
      <Table<AccessLogRecord> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }} data-testid="access-log-table">
        <Table.Column<AccessLogRecord> dataIndex="at" title={t('access-logs.fields.at')} width={170} render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm:ss" />} />
        <Table.Column<AccessLogRecord> dataIndex="username" title={t('access-logs.fields.username')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AccessLogRecord> dataIndex="role" title={t('access-logs.fields.role')} render={(v: string | null) => (v ? <Tag>{t(`roles.${v}`, { defaultValue: v })}</Tag> : '—')} />
        <Table.Column<AccessLogRecord>
          dataIndex="kind"
          title={t('access-logs.fields.kind')}
          render={(v: string) => <Tag color={KIND_COLORS[v]}>{t(`access-logs.kinds.${v}`, { defaultValue: v })}</Tag>}
        />
        <Table.Column<AccessLogRecord> dataIndex="resource" title={t('access-logs.fields.resource')} render={(v: string) => t(`audit-logs.resourceLabels.${v}`, { defaultValue: v })} />
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
        <Table.Column<AccessLogRecord> dataIndex="detail" title={t('access-logs.fields.detail')} render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>} />
        <Table.Column<AccessLogRecord> dataIndex="ip" title={t('access-logs.fields.ip')} render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>} />
      </Table>
    </List>
  );
}
