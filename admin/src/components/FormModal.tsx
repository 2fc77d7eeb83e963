import { Form, type FormInstance, type FormProps, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The form of a dialog. antd gives a field the id of its name (`year`, `regionCode`…), which the filter bar
 * of the page behind uses too: two elements with one id, and the dialog's labels pointing at the filter's
 * controls. A named form prefixes its ids (`modal_year`), so the dialog's labels name its own fields.
 */
export const MODAL_FORM_NAME = 'modal';

export function ModalForm<V extends object>({ name = MODAL_FORM_NAME, children, ...props }: FormProps<V> & { children?: ReactNode }) {
  return (
    <Form<V> name={name} layout="vertical" {...props}>
      {children}
    </Form>
  );
}

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
  name,
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
  /** prefix of the fields' ids (default `modal`): give one when two such dialogs can be open at once */
  name?: string;
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
      <ModalForm<V> form={form} name={name} initialValues={initialValues as never} onFinish={onFinish}>
        {children}
      </ModalForm>
    </Modal>
  );
}
