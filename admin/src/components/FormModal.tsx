import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog that is one small form (a receipt, a reason, a month): OK submits the form, which validates and
 * calls `onFinish`; the dialog's content is rebuilt each time it opens.
 */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  danger,
  loading,
  form,
  initialValues,
  onFinish,
  onCancel,
  children,
}: {
  open: boolean;
  title: ReactNode;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  onFinish: (values: V) => unknown;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ danger, ...{ 'data-testid': 'form-modal-ok' } }}
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<V> form={form} layout="vertical" initialValues={initialValues as never} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
