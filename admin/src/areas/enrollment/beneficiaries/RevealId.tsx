import { EyeOutlined } from '@ant-design/icons';
import { useCan, useCustomMutation } from '@refinedev/core';
import type { RevealedIdNumber } from '@yibao/shared';
import { Alert, Button, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmitOnce } from '../../../components/FormModal';
import type { ApiError } from '../../../providers/http';
import { MaskedId, RESOURCE } from './common';

/**
 * The masked ID number, and 查看完整号码 for roles with `reveal`: a reason is asked for and audited
 * (`POST /api/beneficiaries/:id/reveal`); the full number stays on this page only until it is left.
 */
export function RevealId({ id, masked, name }: { id: number; masked: string; name: string }) {
  const { t } = useTranslation();
  const { data: canReveal } = useCan({ resource: RESOURCE, action: 'reveal' });
  const { mutateAsync, mutation } = useCustomMutation<RevealedIdNumber, ApiError>();
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState<string>();
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, submitOnce } = useSubmitOnce();
  /** one reveal per confirm: a double click must not audit two reveals */
  const reveal = async ({ reason }: { reason: string }) => {
    try {
      const res = await mutateAsync({
        url: `/${RESOURCE}/${id}/reveal`,
        method: 'post',
        values: { reason: reason.trim() },
        successNotification: false,
        errorNotification: (error?: ApiError) => ({ type: 'error', message: t('beneficiaries.reveal.failed'), description: error?.message }),
      });
      setFull(res.data.idNumber);
      setOpen(false);
    } catch (e) {
      const errors = (e as ApiError).errors;
      if (errors?.reason) form.setFields([{ name: 'reason', errors: ([] as string[]).concat(errors.reason as string[]) }]);
    }
  };

  if (full) {
    return (
      <Space size={6} wrap>
        <span className="yb-mono" data-testid="full-id">
          {full}
        </span>
        <Tag color="red" style={{ color: '#a8071a' }}>
          {t('beneficiaries.reveal.audited')}
        </Tag>
        <Button size="small" type="link" onClick={() => setFull(undefined)}>
          {t('beneficiaries.reveal.hide')}
        </Button>
      </Space>
    );
  }
  return (
    <Space size={6} wrap>
      <MaskedId value={masked} />
      {canReveal?.can && (
        <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid="reveal-button">
          {t('beneficiaries.reveal.button')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('beneficiaries.reveal.title', { name })}
        okText={t('beneficiaries.reveal.ok')}
        cancelText={t('buttons.cancel')}
        okButtonProps={{ danger: true, ...{ 'data-testid': 'reveal-ok' } }}
        confirmLoading={busy || mutation.isPending}
        onOk={() => submitOnce(async () => reveal(await form.validateFields()))}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('beneficiaries.reveal.warning')} />
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => submitOnce(() => reveal(v))}>
          <Form.Item
            name="reason"
            label={t('beneficiaries.reveal.reason')}
            rules={[
              { required: true, whitespace: true, message: t('beneficiaries.reveal.reasonRequired') },
              { max: 200, message: t('beneficiaries.reveal.reasonMax') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder={t('beneficiaries.reveal.reasonPlaceholder')} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
