import { useCan, useCustomMutation, useInvalidate } from '@refinedev/core';
import { APPEAL_OUTCOMES, type AccountabilityRecordRecord, chinaDate } from '@yibao/shared';
import { Button, DatePicker, Form, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm, useSubmitOnce } from '../../../components/FormModal';
import type { ApiError } from '../../../providers/http';
import { RESOURCE } from './common';

interface AppealValues {
  published: boolean;
  filedOn?: Dayjs | null;
  outcome?: string | null;
  decidedOn?: Dayjs | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/**
 * 公开与申诉 (the province, permission `edit`, after the decision): whether the decision is published, and the
 * appeal — filed within 15 days of the decision, answered with its outcome and date. Execution goes on meanwhile.
 */
export function AppealButton({ record }: { record: AccountabilityRecordRecord }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const { data: can } = useCan({ resource: RESOURCE, action: 'edit' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AppealValues>();
  const { busy, submitOnce } = useSubmitOnce();
  const { mutateAsync } = useCustomMutation<AccountabilityRecordRecord, ApiError>();
  if (!can?.can || !record.appeal || !['decided', 'executed'].includes(record.state)) return null;
  const today = dayjs(chinaDate(new Date()));
  const save = async (v: AppealValues) => {
    const filedOn = day(v.filedOn);
    try {
      await mutateAsync({
        url: `/${RESOURCE}/${record.id}`,
        method: 'patch',
        values: {
          published: v.published,
          ...(filedOn ? { appeal: { filedOn, outcome: v.outcome ?? undefined, decidedOn: day(v.decidedOn) } } : {}),
          version: record.version,
        },
        successNotification: { type: 'success', message: t('accountability-records.appeal.saved') },
      });
      setOpen(false);
      await invalidate({ resource: RESOURCE, invalidates: ['all'] });
    } catch (e) {
      const errors = (e as ApiError).errors;
      if (errors)
        form.setFields(
          Object.entries(errors).map(([name, v]) => ({
            name: name.replace(/^appeal\./, '') as keyof AppealValues,
            errors: Array.isArray(v) ? v.map(String) : [String(v)],
          })),
        );
    }
  };
  const { appeal } = record;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="appeal-open">
        {t('accountability-records.appeal.button')}
      </Button>
      <Modal
        open={open}
        title={t('accountability-records.appeal.button')}
        okText={t('buttons.save')}
        cancelText={t('buttons.cancel')}
        confirmLoading={busy}
        okButtonProps={{ ...{ 'data-testid': 'appeal-ok' } }}
        onCancel={() => setOpen(false)}
        onOk={() => submitOnce(async () => save(await form.validateFields()))}
        destroyOnHidden
      >
        <ModalForm<AppealValues>
          form={form}
          preserve={false}
          initialValues={{
            published: record.published,
            filedOn: appeal.filedOn ? dayjs(appeal.filedOn) : null,
            outcome: appeal.outcome,
            decidedOn: appeal.decidedOn ? dayjs(appeal.decidedOn) : null,
          }}
          onFinish={(v) => submitOnce(() => save(v))}
        >
          <Form.Item label={t('accountability-records.fields.published')} name="published" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label={t('accountability-records.appeal.filedOn')} name="filedOn" extra={t('accountability-records.appeal.dueOn', { date: appeal.dueOn })}>
            <DatePicker
              disabledDate={(d) => d.isBefore(dayjs(record.decidedOn), 'day') || d.isAfter(dayjs(appeal.dueOn), 'day') || d.isAfter(today, 'day')}
              data-testid="appeal-filed-on"
            />
          </Form.Item>
          <Form.Item label={t('accountability-records.appeal.outcome')} name="outcome">
            <Select allowClear options={APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`appealOutcomes.${o}`) }))} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label={t('accountability-records.appeal.decidedOn')} name="decidedOn">
            <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
          </Form.Item>
        </ModalForm>
      </Modal>
    </>
  );
}
