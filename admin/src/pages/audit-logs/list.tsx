import { SafetyCertificateOutlined } from '@ant-design/icons';
import { DateField, List, ShowButton } from '@refinedev/antd';
import { useCan, useCustom } from '@refinedev/core';
import type { AuditLogRecord } from '@yibao/shared';
import { Alert, Button, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, AUDIT_RESOURCES, AuditActionTag } from '../../components/AuditAction';
import { FilterCard } from '../../components/FilterCard';
import { useListPage } from '../../hooks/useListPage';
import type { ApiError } from '../../providers/http';

type AuditRow = AuditLogRecord;

interface VerifyResult {
  valid: boolean;
  checked: number;
  firstInvalidId?: number;
}

/**
 * "Verify chain": recomputes the hash chain on the server and says whether the trail is intact.
 * Returns the header button and the result banner shown above the list.
 */
function useVerifyChain() {
  const { t } = useTranslation();
  const { data: can } = useCan({ resource: 'audit-logs', action: 'verify' });
  const { result, query } = useCustom<VerifyResult & Record<string, unknown>, ApiError>({
    url: '/audit-logs/verify',
    method: 'get',
    queryOptions: { enabled: false, retry: false },
  });
  if (!can?.can) return { button: null, banner: null };
  const r = query.isFetching ? undefined : (result?.data as VerifyResult | undefined);
  const button = (
    <Button icon={<SafetyCertificateOutlined />} loading={query.isFetching} onClick={() => query.refetch()} data-testid="verify-chain">
      {t('audit-logs.verify.button')}
    </Button>
  );
  const banner = r && (
    <Alert
      role="status"
      data-testid="verify-result"
      style={{ marginBottom: 16 }}
      type={r.valid ? 'success' : 'error'}
      showIcon
      message={r.valid ? t('audit-logs.verify.valid', { checked: r.checked }) : t('audit-logs.verify.invalid', { checked: r.checked })}
      description={
        !r.valid && r.firstInvalidId !== undefined ? (
          <Link to={`/audit-logs/show/${r.firstInvalidId}`}>{t('audit-logs.verify.firstInvalid', { id: r.firstInvalidId })}</Link>
        ) : (
          t('audit-logs.verify.explain')
        )
      }
    />
  );
  return { button, banner };
}

export default function AuditLogList() {
  const { t } = useTranslation();
  const { tableProps, filterFormProps } = useListPage<AuditRow>({
    filters: { username: 'contains', action: 'eq', resource: 'eq', resourceId: 'text', at: 'dateTimeRange' },
    // The trail reads newest first (the API's default order); it is not re-sortable by design.
    sort: false,
  });
  const verify = useVerifyChain();

  return (
    <List headerButtons={verify.button}>
      {verify.banner}
      <FilterCard formProps={filterFormProps}>
        <Form.Item label={t('audit-logs.fields.username')} name="username">
          <Input allowClear style={{ width: 150 }} />
        </Form.Item>
        <Form.Item label={t('audit-logs.fields.action')} name="action">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 140 }}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit-logs.actionLabels.${a}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('audit-logs.fields.resource')} name="resource">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 130 }}
            options={AUDIT_RESOURCES.map((r) => ({ value: r, label: t(`audit-logs.resourceLabels.${r}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('audit-logs.fields.resourceId')} name="resourceId">
          <Input allowClear style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label={t('audit-logs.fields.at')} name="at">
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowEmpty={[true, true]} />
        </Form.Item>
      </FilterCard>
      <Table<AuditRow> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1000 }}>
        <Table.Column<AuditRow> dataIndex="id" title={t('audit-logs.fields.id')} width={80} />
        <Table.Column<AuditRow> dataIndex="at" title={t('audit-logs.fields.at')} width={170} render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm:ss" />} />
        <Table.Column<AuditRow> dataIndex="username" title={t('audit-logs.fields.username')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AuditRow>
          dataIndex="role"
          title={t('audit-logs.fields.role')}
          render={(v: string | null) => (v ? <Tag>{t(`roles.${v}`, { defaultValue: v })}</Tag> : '—')}
        />
        <Table.Column<AuditRow> dataIndex="action" title={t('audit-logs.fields.action')} render={(v: string) => <AuditActionTag action={v} />} />
        <Table.Column<AuditRow>
          dataIndex="resource"
          title={t('audit-logs.fields.resource')}
          render={(v: string) => t(`audit-logs.resourceLabels.${v}`, { defaultValue: v })}
        />
        <Table.Column<AuditRow> dataIndex="resourceId" title={t('audit-logs.fields.resourceId')} render={(v: string | null) => v ?? '—'} />
        <Table.Column<AuditRow> dataIndex="ip" title={t('audit-logs.fields.ip')} render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>} />
        <Table.Column<AuditRow> key="actions" title={t('table.actions')} width={90} render={(_, r) => <ShowButton size="small" type="link" recordItemId={r.id} />} />
      </Table>
    </List>
  );
}
