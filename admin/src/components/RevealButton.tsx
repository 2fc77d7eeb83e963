import { EyeOutlined } from '@ant-design/icons';
import { useCan, useCustomMutation } from '@refinedev/core';
import { Alert, Button, Form, Input, Modal, Space, Tag } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { useSubmitOnce } from './FormModal';

/**
 * 查看完整信息 for roles with `reveal` on the resource: a reason is asked for and audited
 * (`POST /api/<resource>/:id/reveal {reason}`, one request per confirm — a double click must not audit two reveals);
 * the answer goes to `onRevealed`, which keeps it on the page only until it is left. Nothing for other roles.
 */
export function RevealButton<T>({
  resource,
  id,
  title,
  warning,
  label,
  placeholder,
  onRevealed,
}: {
  resource: string;
  id: number;
  title: ReactNode;
  /** what the reveal shows and that it is audited */
  warning: string;
  label: string;
  placeholder?: string;
  onRevealed: (data: T) => void;
}) {
  const { t } = useTranslation();
  const { data: canReveal } = useCan({ resource, action: 'reveal' });
  const { mutateAsync, mutation } = useCustomMutation<T & Record<string, unknown>, ApiError>();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const { busy, submitOnce } = useSubmitOnce();
  const reveal = async ({ reason }: { reason: string }) => {
    try {
      const res = await mutateAsync({
        url: `/${resource}/${id}/reveal`,
        method: 'post',
        values: { reason: reason.trim() },
        successNotification: false,
        errorNotification: (error?: ApiError) => ({ type: 'error', message: t('reveal.failed'), description: error?.message }),
      });
      onRevealed(res.data as T);
      setOpen(false);
    } catch (e) {
      const errors = (e as ApiError).errors;
      if (errors?.reason) form.setFields([{ name: 'reason', errors: ([] as string[]).concat(errors.reason as string[]) }]);
    }
  };
  if (!canReveal?.can) return null;
  return (
    <>
      <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid="reveal-button">
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={t('reveal.ok')}
        cancelText={t('buttons.cancel')}
        okButtonProps={{ danger: true, ...{ 'data-testid': 'reveal-ok' } }}
        confirmLoading={busy || mutation.isPending}
        onOk={() => submitOnce(async () => reveal(await form.validateFields()))}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={warning} />
        <Form form={form} layout="vertical" name="reveal" preserve={false} onFinish={(v) => submitOnce(() => reveal(v))}>
          <Form.Item
            name="reason"
            label={t('reveal.reason')}
            rules={[
              { required: true, whitespace: true, message: t('reveal.reasonRequired') },
              { max: 200, message: t('reveal.reasonMax') },
            ]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount placeholder={placeholder} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A value revealed on this page: shown whole, marked as audited, and 隐藏 forgets it. */
export function RevealedValue({ value, onHide }: { value: ReactNode; onHide: () => void }) {
  const { t } = useTranslation();
  return (
    <Space size={6} wrap>
      <span className="yb-mono" data-testid="full-id">
        {value}
      </span>
      <Tag color="red" style={{ color: '#a8071a' }}>
        {t('reveal.audited')}
      </Tag>
      <Button size="small" type="link" onClick={onHide}>
        {t('reveal.hide')}
      </Button>
    </Space>
  );
}
