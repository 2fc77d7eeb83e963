import { SendOutlined } from '@ant-design/icons';
import { DateField, List } from '@refinedev/antd';
import { useCan, useCreate, useCustomMutation, useGetIdentity, useInvalidate } from '@refinedev/core';
import { type CurrentUser, PUSH_DEPARTMENTS, type CostWarningPushRecord as PushRecord } from '@yibao/shared';
import { Button, DatePicker, Form, Input, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../../../components/FormSelect';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { FilterCard } from '../../../components/FilterCard';
import { FormModal } from '../../../components/FormModal';
import { RegionName } from '../../../components/RegionName';
import { errorNotificationUnlessStale, useStaleNotice } from '../../../hooks/useStaleNotice';
import { useListPage } from '../../../hooks/useListPage';
import type { ApiError } from '../../../providers/http';

const RESOURCE = 'cost-warning-pushes';

/** 推送本月名单 (county): the month and the department; every open warning of that department is listed. */
function PushButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ month: Dayjs; department: string }>();
  const { mutateAsync, mutation } = useCreate<PushRecord, ApiError>();
  return (
    <>
      <Button type="primary" icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid="push-open">
        {t('cost-warning-pushes.push')}
      </Button>
      <FormModal
        open={open}
        title={t('cost-warning-pushes.push')}
        okText={t('cost-warning-pushes.pushOk')}
        loading={mutation.isPending}
        onCancel={() => setOpen(false)}
        form={form}
        initialValues={{ month: dayjs(), department: 'civil_affairs' }}
        onFinish={async (v) => {
          try {
            await mutateAsync({
              resource: RESOURCE,
              values: { month: v.month.format('YYYY-MM'), department: v.department },
              successNotification: { type: 'success', message: t('cost-warning-pushes.pushed') },
              errorNotification: (error) => ({ type: 'error', message: t('cost-warning-pushes.pushFailed'), description: error?.message }),
            });
            setOpen(false);
          } catch {
            // the notification says why (e.g. already pushed this month)
          }
        }}
      >
        <p className="yb-muted">{t('cost-warning-pushes.pushHint')}</p>
        <Form.Item label={t('cost-warning-pushes.fields.month')} name="month" rules={[{ required: true, message: t('cost-warning-pushes.rules.month') }]}>
          <DatePicker picker="month" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'month')} />
        </Form.Item>
        <Form.Item
          label={t('cost-warning-pushes.fields.department')}
          name="department"
          rules={[{ required: true, message: t('cost-warning-pushes.rules.department') }]}
        >
          <FormSelect style={{ width: 200 }} options={PUSH_DEPARTMENTS.map((d) => ({ value: d, label: t(`sourceDepartments.${d}`) }))} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** 登记回执 {receivedBy, note?, version}: who at the department signed for the list. */
function ReceiptButton({ push }: { push: PushRecord }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ receivedBy: string; note?: string }>();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { mutateAsync, mutation } = useCustomMutation<PushRecord & Record<string, unknown>, ApiError>();
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)} data-testid="receipt-open">
        {t('cost-warning-pushes.receipt')}
      </Button>
      <FormModal
        open={open}
        title={t('cost-warning-pushes.receiptTitle', { month: push.month, department: t(`sourceDepartments.${push.department}`) })}
        okText={t('cost-warning-pushes.receipt')}
        loading={mutation.isPending}
        onCancel={() => setOpen(false)}
        form={form}
        onFinish={async (v) => {
          try {
            await mutateAsync({
              url: `/${RESOURCE}/${push.id}/receipt`,
              method: 'post',
              values: { receivedBy: v.receivedBy.trim(), note: v.note?.trim() || undefined, version: push.version },
              successNotification: { type: 'success', message: t('cost-warning-pushes.receiptDone') },
              errorNotification: errorNotificationUnlessStale(t('cost-warning-pushes.receiptFailed')),
            });
            setOpen(false);
            void invalidate({ resource: RESOURCE, invalidates: ['list'] });
          } catch (e) {
            if ((e as ApiError).stale) staleNotice(() => invalidate({ resource: RESOURCE, invalidates: ['list'] }));
          }
        }}
      >
        <Form.Item
          label={t('cost-warning-pushes.fields.receivedBy')}
          name="receivedBy"
          extra={t('cost-warning-pushes.hints.receivedBy')}
          rules={[{ required: true, whitespace: true, message: t('cost-warning-pushes.rules.receivedBy') }, { max: 64 }]}
        >
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item label={t('cost-warning-pushes.fields.receiptNote')} name="note">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** 预警月度推送: the lists each county sent to 民政 / 乡村振兴, their download and the receipt. */
export default function CostWarningPushes() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  // The push (create) and its receipt (edit) are the county's, by the permission table (cost-warning-pushes).
  const { data: canPush } = useCan({ resource: RESOURCE, action: 'create' });
  const { data: canReceipt } = useCan({ resource: RESOURCE, action: 'edit' });
  const { data: canExport } = useCan({ resource: RESOURCE, action: 'export' });
  const { tableProps, filterCard, sortOrder } = useListPage<PushRecord>({
    resource: RESOURCE,
    filters: {
      month: { kind: 'month', label: 'cost-warning-pushes.fields.month', width: 130 },
      department: {
        kind: 'eq',
        label: 'cost-warning-pushes.fields.department',
        width: 130,
        options: PUSH_DEPARTMENTS.map((d) => ({ value: d, label: t(`sourceDepartments.${d}`) })),
      },
    },
    sort: [
      { field: 'month', order: 'desc' },
      { field: 'id', order: 'desc' },
    ],
  });
  return (
    <List title={t('cost-warning-pushes.titles.list')} headerButtons={() => (canPush?.can ? <PushButton /> : null)}>
      <FilterCard {...filterCard} />
      <Table<PushRecord> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }}>
        <Table.Column<PushRecord> dataIndex="month" title={t('cost-warning-pushes.fields.month')} width={100} sorter defaultSortOrder={sortOrder('month')} />
        <Table.Column<PushRecord> dataIndex="regionCode" title={t('cost-warning-pushes.fields.region')} render={(c: string) => <RegionName code={c} />} />
        <Table.Column<PushRecord>
          dataIndex="department"
          title={t('cost-warning-pushes.fields.department')}
          width={110}
          render={(d: string) => t(`sourceDepartments.${d}`)}
        />
        <Table.Column<PushRecord> dataIndex="warningCount" title={t('cost-warning-pushes.fields.warningCount')} width={110} align="right" />
        <Table.Column<PushRecord>
          dataIndex="pushedAt"
          title={t('cost-warning-pushes.fields.pushedAt')}
          width={150}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<PushRecord>
          dataIndex="receivedAt"
          title={t('cost-warning-pushes.fields.receipt')}
          render={(v: string | null, p) =>
            v ? (
              <Space direction="vertical" size={0}>
                <Tag color="success" style={{ color: '#237804' }}>
                  {t('cost-warning-pushes.received')}
                </Tag>
                <span>
                  {p.receivedBy} · <DateField value={v} format="YYYY-MM-DD" />
                </span>
                {p.receiptNote && <span className="yb-muted">{p.receiptNote}</span>}
              </Space>
            ) : (
              <Tag>{t('cost-warning-pushes.notReceived')}</Tag>
            )
          }
        />
        <Table.Column<PushRecord>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={200}
          render={(_, p) => (
            <Space size={0}>
              {canExport?.can && (
                <FileDownloadButton
                  path={`/${RESOURCE}/${p.id}/export`}
                  fallbackName={`push-${p.month}-${p.department}.xlsx`}
                  label={t('cost-warning-pushes.download')}
                  size="small"
                  type="link"
                  testId="push-download"
                />
              )}
              {canReceipt?.can && !p.receivedAt && me?.regionCode === p.regionCode && <ReceiptButton push={p} />}
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
