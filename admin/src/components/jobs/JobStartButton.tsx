import { useCan, useCreate, useGetIdentity } from '@refinedev/core';
import type { CurrentUser, JobRecord } from '@yibao/shared';
import { Alert, Button, Form } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../FormModal';
import { placeServerErrors } from '../serverErrors';
import type { ApiError } from '../../providers/http';

/**
 * The button that starts a background job (`POST /api/<resource>` → 202 with the job) for those who may create
 * one, and its dialog: the kind's fields (`children`), an intro, the 400's field errors under the fields they
 * name (the rest in an alert), a notification when it started or failed, then the job's page, which follows it.
 * Texts come from `<i18nPrefix>.start.{button,title,ok,intro,started,failed}`; `name` prefixes the dialog's
 * field ids and the test ids (`<name>-open`, `<name>-problems`).
 */
export function JobStartButton<V extends object>({
  resource,
  i18nPrefix,
  name,
  icon,
  fields,
  initialValues,
  primary,
  children,
}: {
  resource: string;
  i18nPrefix: string;
  name: string;
  icon: ReactNode;
  /** the form's fields, which are also the request's body and the paths a 400 may name */
  fields: readonly (keyof V & string)[];
  /** the dialog's values when it opens, e.g. the user's own region */
  initialValues: (me: CurrentUser) => Partial<V>;
  primary?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: can } = useCan({ resource, action: 'create' });
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<V>();
  const { mutateAsync, mutation } = useCreate<JobRecord, ApiError>();
  if (!can?.can || !me) return null;

  const known: readonly string[] = fields;
  const start = async (v: V) => {
    setProblems([]);
    try {
      const { data } = await mutateAsync({
        resource,
        values: Object.fromEntries(fields.map((f) => [f, v[f]])),
        successNotification: { type: 'success', message: t(`${i18nPrefix}.start.started`) },
        // field errors are shown under the fields; anything else as a notification
        errorNotification: (error) => (error?.errors ? false : { type: 'error', message: t(`${i18nPrefix}.start.failed`), description: error?.message }),
      });
      setOpen(false);
      navigate(`/${resource}/show/${data.id}`);
    } catch (e) {
      const error = e as ApiError;
      if (error.errors) setProblems(placeServerErrors(form, error.errors, (path) => (known.includes(path) ? [path] : null)));
    }
  };

  return (
    <>
      <Button
        type={primary ? 'primary' : 'default'}
        icon={icon}
        onClick={() => {
          setProblems([]);
          setOpen(true);
        }}
        data-testid={`${name}-open`}
      >
        {t(`${i18nPrefix}.start.button`)}
      </Button>
      <FormModal<V>
        open={open}
        name={name}
        title={t(`${i18nPrefix}.start.title`)}
        okText={t(`${i18nPrefix}.start.ok`)}
        loading={mutation.isPending}
        form={form}
        initialValues={initialValues(me)}
        onFinish={start}
        onCancel={() => setOpen(false)}
      >
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t(`${i18nPrefix}.start.intro`)} />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message={t(`${i18nPrefix}.start.failed`)}
            description={problems.join('；')}
            data-testid={`${name}-problems`}
          />
        )}
        {children}
      </FormModal>
    </>
  );
}
