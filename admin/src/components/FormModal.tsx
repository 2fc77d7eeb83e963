import { Form, type FormInstance, type FormProps, Modal } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dialog's OK while its request runs: the button shows loading from the first click on, and a second click
 * (a double-click, or a click before the answer has re-rendered the page) sends nothing. `submit` is the
 * dialog's whole work — validate, then the request; `busy` is true until it settles.
 */
export function useSubmitOnce(): { busy: boolean; submitOnce: (submit: () => unknown) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const submitOnce = async (submit: () => unknown) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await submit();
    } catch {
      // a field that fails validation stays marked in the form; a refused request was announced by its caller
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, submitOnce };
}

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
 * A dialog that is one small form (a receipt, a reason, a month): OK validates the form and calls `onFinish`
 * (return its promise: the OK button stays loading and ignores further clicks until it settles); the dialog's
 * content is rebuilt each time it opens.
 */
export function FormModal<V extends object>({
  open,
  title,
  okText,
  danger,
  loading,
  form,
  name,
  okTestId = 'form-modal-ok',
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
  /** the OK button's test id (default `form-modal-ok`) */
  okTestId?: string;
  initialValues?: Partial<V>;
  onFinish: (values: V) => unknown;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { busy, submitOnce } = useSubmitOnce();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ danger, ...{ 'data-testid': okTestId } }}
      confirmLoading={busy || loading}
      onCancel={onCancel}
      onOk={() => submitOnce(async () => onFinish(await form.validateFields()))}
      destroyOnHidden
    >
      {/* Enter in a field submits through the same guard as the OK button */}
      <ModalForm<V> form={form} name={name} initialValues={initialValues as never} onFinish={(values) => submitOnce(() => onFinish(values))}>
        {children}
      </ModalForm>
    </Modal>
  );
}
