import { useCan, useCustomMutation, useInvalidate } from '@refinedev/core';
import type { Action } from '@yibao/shared';
import { Alert, Button, type ButtonProps, Form, type FormInstance } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { FormModal } from './FormModal';
import { placeServerErrors, toNamePath } from './serverErrors';

export interface RecordDialogOptions<V extends object> {
  /** the record's resource: the permission asked, the URL's first segment, the queries reloaded after */
  resource: string;
  id: number | string;
  /** `POST /api/<resource>/:id/<path>` (e.g. `pauses`, `supervise`); left out, the record itself (with `method: 'patch'`) */
  path?: string;
  /** the request body from the form's values (trim, yuan → fen, dates as YYYY-MM-DD) */
  toBody: (values: V) => Record<string, unknown>;
  /** the success notice */
  doneMessage: string;
  /** the permission the button stands for (default `edit`); the API decides all the same */
  action?: Action;
  method?: 'post' | 'patch';
  /** after success, with the answer (e.g. open the record it created) */
  onDone?: (data: unknown) => void;
}

/**
 * The "small form behind a button" of a record page (督办, 申诉, a pause, an execution…), once: whether the user may
 * (`useCan`), the dialog's open state and form, one request per confirm, the API's field errors under the fields
 * they name (the rest — a statutory guard's refusal without a field — in an alert inside the dialog), the success
 * notice and the reload of the record's queries. `RecordDialogButton` draws it; a page that opens the dialog from
 * somewhere else uses the hook and renders `dialog(...)`.
 */
export function useRecordDialog<V extends object>({
  resource,
  id,
  path,
  toBody,
  doneMessage,
  action = 'edit',
  method = 'post',
  onDone,
}: RecordDialogOptions<V>) {
  const invalidate = useInvalidate();
  const { data: can } = useCan({ resource, action });
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<V>();
  const { mutateAsync } = useCustomMutation<Record<string, unknown>, ApiError>();
  const submit = async (values: V) => {
    setProblems([]);
    try {
      const res = await mutateAsync({
        url: `/${resource}/${encodeURIComponent(String(id))}${path ? `/${path}` : ''}`,
        method,
        values: toBody(values),
        successNotification: { type: 'success', message: doneMessage },
        // field problems stay in the dialog; anything else is the one notification (with a guard's label and article)
        errorNotification: (error?: ApiError) => (error?.errors ? false : { type: 'error', message: error?.message ?? '' }),
      });
      setOpen(false);
      await invalidate({ resource, invalidates: ['all'] });
      onDone?.(res.data);
    } catch (e) {
      const errors = (e as ApiError).errors;
      if (!errors) return;
      // a path of a field this dialog shows goes under it; any other (a guard about the case, not a field) above
      const shown = new Set(Object.keys(form.getFieldsValue() as object));
      setProblems(placeServerErrors(form as FormInstance, errors, (p) => (shown.has(String(toNamePath(p)[0])) ? toNamePath(p) : null)));
    }
  };
  return {
    allowed: Boolean(can?.can),
    open: () => {
      setProblems([]);
      setOpen(true);
    },
    form,
    dialog: ({
      title,
      okText,
      danger,
      okTestId,
      initialValues,
      children,
    }: {
      title: ReactNode;
      okText: string;
      danger?: boolean;
      okTestId?: string;
      initialValues?: Partial<V>;
      children: ReactNode;
    }) => (
      <FormModal<V>
        open={open}
        title={title}
        okText={okText}
        danger={danger}
        form={form}
        name={`dialog-${path ?? 'record'}`}
        okTestId={okTestId}
        initialValues={initialValues}
        onFinish={submit}
        onCancel={() => setOpen(false)}
      >
        <StartFromInitialValues form={form as FormInstance} />
        {problems.length > 0 && (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={problems.join('；')} data-testid="record-dialog-problems" />
        )}
        {children}
      </FormModal>
    ),
  };
}

/**
 * The dialog's fields start from the initial values of this opening: the form instance outlives the dialog's
 * content, and would offer what was entered last time (a second payment dialog showing the first's amount).
 */
function StartFromInitialValues({ form }: { form: FormInstance }) {
  useEffect(() => form.resetFields(), [form]);
  return null;
}

/** A button that opens a record's small form (`useRecordDialog`); nothing when the role may not. */
export function RecordDialogButton<V extends object>({
  label,
  title,
  okText,
  danger,
  buttonProps,
  testId,
  initialValues,
  children,
  ...options
}: RecordDialogOptions<V> & {
  label: ReactNode;
  title?: ReactNode;
  okText?: string;
  danger?: boolean;
  buttonProps?: ButtonProps;
  /** `<testId>-open` on the button, `<testId>-ok` on the dialog's OK */
  testId?: string;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const d = useRecordDialog<V>(options);
  if (!d.allowed) return null;
  return (
    <>
      <Button danger={danger} {...buttonProps} onClick={d.open} data-testid={testId ? `${testId}-open` : undefined}>
        {label}
      </Button>
      {d.dialog({ title: title ?? label, okText: okText ?? t('buttons.confirm'), danger, okTestId: testId && `${testId}-ok`, initialValues, children })}
    </>
  );
}
