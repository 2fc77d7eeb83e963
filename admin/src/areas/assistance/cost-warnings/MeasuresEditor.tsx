import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useInvalidate, useUpdate } from '@refinedev/core';
import { ASSISTANCE_MEASURES, type WarningMeasureRecord } from '@yibao/shared';
import { Button, Empty, Form, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../../../components/FormSelect';
import { YuanInput } from '../../../components/YuanInput';
import { formatFen } from '../../../components/money';
import { placeServerErrors, toNamePath } from '../../../components/serverErrors';
import { errorNotificationUnlessStale, useStaleNotice } from '../../../hooks/useStaleNotice';
import type { ApiError } from '../../../providers/http';
import { type CostWarningRecord, RESOURCE } from './common';

/** The measures read-only: type, amount in 元, note. */
export function MeasuresTable({ measures }: { measures: WarningMeasureRecord[] }) {
  const { t } = useTranslation();
  if (!measures.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cost-warnings.measures.none')} />;
  return (
    <Table<WarningMeasureRecord & { key: number }>
      size="small"
      pagination={false}
      dataSource={measures.map((m, key) => ({ ...m, key }))}
      data-testid="measures-table"
      columns={[
        { title: t('cost-warnings.measures.type'), dataIndex: 'type', render: (v: string) => t(`assistanceMeasures.${v}`) },
        {
          title: t('cost-warnings.measures.amountYuan'),
          dataIndex: 'amountFen',
          align: 'right',
          render: (v: number) => <span className="yb-mono">{formatFen(v)}</span>,
        },
        { title: t('cost-warnings.measures.note'), dataIndex: 'note' },
      ]}
    />
  );
}

/**
 * 帮扶措施 editor (verified / assisted, the county's own warning): `PATCH /api/cost-warnings/:id
 * {measures, version}`; "落实帮扶" needs at least one saved measure.
 */
export function MeasuresEditor({ record }: { record: CostWarningRecord }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ measures: WarningMeasureRecord[] }>();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { mutateAsync, mutation } = useUpdate<CostWarningRecord, ApiError>();
  const [dirty, setDirty] = useState(false);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ measures: record.measures }}
      onValuesChange={() => setDirty(true)}
      onFinish={async (v) => {
        const measures = (v.measures ?? []).map((m) => ({ type: m.type, amountFen: m.amountFen ?? 0, note: (m.note ?? '').trim() }));
        try {
          await mutateAsync({
            resource: RESOURCE,
            id: record.id,
            values: { measures, version: record.version },
            successNotification: { type: 'success', message: t('cost-warnings.measures.saved') },
            errorNotification: errorNotificationUnlessStale(t('notifications.saveFailed')),
          });
          setDirty(false);
        } catch (e) {
          const error = e as ApiError;
          if (error.stale) staleNotice(() => invalidate({ resource: RESOURCE, id: record.id, invalidates: ['detail'] }));
          else placeServerErrors(form, error.errors, (p) => (p.startsWith('measures') ? toNamePath(p) : null));
        }
      }}
      data-testid="measures-editor"
    >
      <Form.List name="measures">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item
                  label={t('cost-warnings.measures.type')}
                  name={[f.name, 'type']}
                  rules={[{ required: true, message: t('cost-warnings.measures.typeRequired') }]}
                >
                  <FormSelect
                    style={{ width: 160 }}
                    options={ASSISTANCE_MEASURES.map((m) => ({ value: m, label: t(`assistanceMeasures.${m}`) }))}
                    aria-label={`${t('cost-warnings.measures.type')} ${i + 1}`}
                    data-testid={`measure-type-${i}`}
                  />
                </Form.Item>
                <Form.Item label={t('cost-warnings.measures.amountYuan')} name={[f.name, 'amountFen']} extra={t('cost-warnings.measures.amountHint')}>
                  <YuanInput max={1_000_000} aria-label={`${t('cost-warnings.measures.amountYuan')} ${i + 1}`} style={{ width: 170 }} />
                </Form.Item>
                <Form.Item
                  label={t('cost-warnings.measures.note')}
                  name={[f.name, 'note']}
                  rules={[{ max: 500, message: t('cost-warnings.measures.noteMax') }]}
                >
                  <Input style={{ width: 320 }} maxLength={500} aria-label={`${t('cost-warnings.measures.note')} ${i + 1}`} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t('cost-warnings.measures.remove', { n: i + 1 })}
                  style={{ marginTop: 30 }}
                />
              </Space>
            ))}
            {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cost-warnings.measures.none')} />}
            <Space>
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ type: 'medical_aid', amountFen: 0, note: '' })}
                disabled={fields.length >= 20}
                data-testid="measure-add"
              >
                {t('cost-warnings.measures.add')}
              </Button>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={mutation.isPending} disabled={!dirty} data-testid="measures-save">
                {t('cost-warnings.measures.save')}
              </Button>
            </Space>
          </>
        )}
      </Form.List>
    </Form>
  );
}
