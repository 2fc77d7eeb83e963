import { useCan, useCustomMutation, useInvalidate } from '@refinedev/core';
import { FINISHED_ITEM_STATES, type RectificationItemRecord } from '@yibao/shared';
import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm, useSubmitOnce } from '../../../components/FormModal';
import type { ApiError } from '../../../providers/http';
import { RESOURCE } from './common';

interface SuperviseValues {
  letterNo: string;
  comment?: string;
}

/** 挂牌督办 (the province, permission `supervise`): an open item not yet supervised, with the letter's number. */
export function SuperviseButton({ record }: { record: RectificationItemRecord }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const { data: can } = useCan({ resource: RESOURCE, action: 'supervise' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SuperviseValues>();
  const { busy, submitOnce } = useSubmitOnce();
  const { mutateAsync } = useCustomMutation<RectificationItemRecord, ApiError>();
  if (!can?.can || record.supervised || FINISHED_ITEM_STATES.includes(record.state)) return null;
  const supervise = async (v: SuperviseValues) => {
    try {
      await mutateAsync({
        url: `/${RESOURCE}/${record.id}/supervise`,
        method: 'post',
        values: { letterNo: v.letterNo.trim(), comment: v.comment?.trim() || undefined },
        successNotification: { type: 'success', message: t('rectification-items.supervise.done') },
      });
      setOpen(false);
      await invalidate({ resource: RESOURCE, invalidates: ['all'] });
    } catch (e) {
      const errors = (e as ApiError).errors;
      if (errors)
        form.setFields(
          Object.entries(errors).map(([name, v]) => ({ name: name as keyof SuperviseValues, errors: Array.isArray(v) ? v.map(String) : [String(v)] })),
        );
    }
  };
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="supervise-open">
        {t('rectification-items.supervise.button')}
      </Button>
      <Modal
        open={open}
        title={t('rectification-items.supervise.title', { title: record.title })}
        okText={t('rectification-items.supervise.button')}
        cancelText={t('buttons.cancel')}
        confirmLoading={busy}
        okButtonProps={{ ...{ 'data-testid': 'supervise-ok' } }}
        onCancel={() => setOpen(false)}
        onOk={() => submitOnce(async () => supervise(await form.validateFields()))}
        destroyOnHidden
      >
        <ModalForm<SuperviseValues> form={form} preserve={false} onFinish={(v) => submitOnce(() => supervise(v))}>
          <Form.Item
            label={t('rectification-items.supervise.letterNo')}
            name="letterNo"
            rules={[{ required: true, whitespace: true, message: t('rectification-items.supervise.letterNoRequired') }, { max: 64 }]}
          >
            <Input maxLength={64} data-testid="supervise-letter" autoFocus />
          </Form.Item>
          <Form.Item label={t('workflow.commentOptional')} name="comment" rules={[{ max: 1000 }]}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </ModalForm>
      </Modal>
    </>
  );
}
