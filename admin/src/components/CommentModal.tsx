import { useCustom, type ValidationErrors } from '@refinedev/core';
import type { ActionPayload, ActionPayloadField, PayloadCandidate } from '@yibao/shared';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { ModalForm, useSubmitOnce } from './FormModal';
import { fenToYuan, yuanToFen } from './money';

const MAX_COMMENT = 1000;
const MAX_LISTED = 8;

export interface CommentModalProps {
  open: boolean;
  title: ReactNode;
  /** what the action will do, shown above the comment */
  description?: ReactNode;
  /** the definition says a comment is required (return, reopen) */
  required: boolean;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  /** field errors of the last answer (400 details): `comment` goes under the box, the rest are listed */
  errors?: ValidationErrors;
  /** below the error list, e.g. a link to the form where the problems can be fixed */
  errorsExtra?: ReactNode;
  /** the values the action declares besides its comment (shared workflow definition `payload`), asked for below it */
  payload?: Readonly<Record<string, ActionPayloadField>>;
  /** the record the action is on: a date's `laterThan` field bounds its picker */
  record?: Record<string, unknown>;
  /** the resource and action the payload belongs to: a user field asks the API whom it may name on this record */
  target?: { resource: string; action: string };
  /** the action's request: return its promise, the OK button stays loading and deaf until it settles */
  onOk: (comment: string | undefined, payload: ActionPayload) => unknown;
  onCancel: () => void;
}

const messagesOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

type DialogValues = { comment?: string } & Record<string, unknown>;

/**
 * The form's values of the declared fields as the API takes them: a date as YYYY-MM-DD, an amount in fen, text trimmed,
 * a flag as true/false, a count and user ids as numbers, codes as they are.
 */
function payloadOf(fields: Readonly<Record<string, ActionPayloadField>> | undefined, values: DialogValues): ActionPayload {
  const out: ActionPayload = {};
  for (const [name, f] of Object.entries(fields ?? {})) {
    const v = values[name];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    if (f.type === 'date') out[name] = (v as Dayjs).format('YYYY-MM-DD');
    else if (f.type === 'codes') out[name] = [...(v as string[])];
    else if (f.type === 'users') out[name] = [...(v as number[])];
    else if (f.type === 'amount') out[name] = yuanToFen(v as number) as number;
    else if (f.type === 'flag') out[name] = Boolean(v);
    else if (f.type === 'count' || f.type === 'user') out[name] = Number(v);
    else if (f.type === 'code') out[name] = String(v);
    else if (String(v).trim()) out[name] = String(v).trim();
  }
  return out;
}

/** The codes a field offers for this record: those its `allowedBy` field allows, else the whole list. */
function codesFor(field: Extract<ActionPayloadField, { type: 'codes' | 'code' }>, record?: Record<string, unknown>): readonly string[] {
  const key = field.allowedBy ? record?.[field.allowedBy.field] : undefined;
  return field.allowedBy && typeof key === 'string' ? (field.allowedBy.allowed[key] ?? []) : field.codes.values;
}

/**
 * A choice of the users a `user`/`users` field may name on this record, as the API lists them
 * (`GET /api/inbox/candidates`: active accounts of the field's roles at its level relative to the record).
 */
function PayloadUserSelect({
  name,
  field,
  record,
  target,
  id: inputId,
  value,
  onChange,
}: {
  name: string;
  /** the form item's id, so its label names the select (screen readers, getByLabel) */
  id?: string;
  field: Extract<ActionPayloadField, { type: 'user' | 'users' }>;
  record?: Record<string, unknown>;
  target?: { resource: string; action: string };
  value?: number | number[];
  onChange?: (v: number | number[] | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = record?.id;
  const { result, query } = useCustom<PayloadCandidate[], ApiError>({
    url: '/inbox/candidates',
    method: 'get',
    config: { query: { resource: target?.resource, id, action: target?.action, field: name } },
    queryOptions: { enabled: Boolean(target && id !== undefined), staleTime: 0, retry: false },
    errorNotification: false,
  });
  const data: unknown = result?.data;
  const candidates = Array.isArray(data) ? (data as PayloadCandidate[]) : [];
  return (
    <Select
      id={inputId}
      mode={field.type === 'users' ? 'multiple' : undefined}
      maxCount={field.type === 'users' ? field.maxItems : undefined}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={query.isLoading}
      notFoundContent={query.isError ? t('workflow.payloadUsersFailed') : t('workflow.payloadNoUsers')}
      value={value}
      onChange={onChange}
      options={candidates.map((c) => ({
        value: c.id,
        label: `${c.displayName}（${t(`roles.${c.role}`, { defaultValue: c.role })} · ${c.regionName ?? c.regionCode}）`,
      }))}
      style={{ minWidth: 300 }}
      data-testid={`payload-${name}`}
    />
  );
}

/**
 * One declared payload field as a form item: a date picker (after its `laterThan` date), a yuan amount, a choice of
 * one or several codes (labelled from their shared code list, starting from the record's value of the same name), a
 * switch for a flag, a bounded whole number, a choice of the users the field may name, or a bounded text.
 */
function PayloadFieldItem({
  name,
  field,
  record,
  target,
}: {
  name: string;
  field: ActionPayloadField;
  record?: Record<string, unknown>;
  target?: { resource: string; action: string };
}) {
  const { t, i18n } = useTranslation();
  const label = i18n.language === 'en-US' ? field.label.en : field.label.zh;
  const rules = [{ required: Boolean(field.required), message: t('workflow.payloadRequired', { field: label }) }];
  if (field.type === 'date') {
    const after = field.laterThan && typeof record?.[field.laterThan] === 'string' ? dayjs(record[field.laterThan] as string) : undefined;
    return (
      <Form.Item name={name} label={label} rules={rules} extra={after ? t('workflow.payloadAfter', { date: after.format('YYYY-MM-DD') }) : undefined}>
        <DatePicker style={{ width: 200 }} disabledDate={(d) => Boolean(after && !d.isAfter(after, 'day'))} data-testid={`payload-${name}`} />
      </Form.Item>
    );
  }
  if (field.type === 'amount') {
    return (
      <Form.Item name={name} label={label} rules={rules}>
        <InputNumber
          min={fenToYuan(field.min)}
          max={fenToYuan(field.max)}
          precision={2}
          addonAfter={t('workflow.yuan')}
          style={{ width: 220 }}
          data-testid={`payload-${name}`}
        />
      </Form.Item>
    );
  }
  if (field.type === 'flag') {
    return (
      <Form.Item name={name} label={label} valuePropName="checked" initialValue={false}>
        <Switch checkedChildren={t('workflow.yes')} unCheckedChildren={t('workflow.no')} data-testid={`payload-${name}`} />
      </Form.Item>
    );
  }
  if (field.type === 'count') {
    const unit = field.unit ? field.unit[i18n.language === 'en-US' ? 'en' : 'zh'] : undefined;
    return (
      <Form.Item name={name} label={label} rules={rules} extra={t('workflow.payloadRange', { min: field.min, max: field.max })}>
        <InputNumber min={field.min} max={field.max} precision={0} addonAfter={unit} style={{ width: 200 }} data-testid={`payload-${name}`} />
      </Form.Item>
    );
  }
  if (field.type === 'code') {
    const lang = i18n.language === 'en-US' ? 'en' : 'zh';
    const offered = codesFor(field, record);
    return (
      <Form.Item name={name} label={label} rules={rules}>
        <Select
          allowClear
          optionFilterProp="label"
          options={offered.map((code) => ({ value: code, label: field.codes[lang][code] }))}
          style={{ minWidth: 260 }}
          data-testid={`payload-${name}`}
        />
      </Form.Item>
    );
  }
  if (field.type === 'user' || field.type === 'users') {
    const count =
      field.type === 'users'
        ? [
            {
              type: 'array' as const,
              min: field.minItems,
              max: field.maxItems,
              message: t('workflow.payloadUsersCount', { min: field.minItems, max: field.maxItems }),
            },
          ]
        : [];
    return (
      <Form.Item name={name} label={label} rules={[...rules, ...count]}>
        <PayloadUserSelect name={name} field={field} record={record} target={target} />
      </Form.Item>
    );
  }
  if (field.type === 'codes') {
    const lang = i18n.language === 'en-US' ? 'en' : 'zh';
    const offered = codesFor(field, record);
    // starts from the record's own value of the same name (a decision's measures from the proposal's)
    const current = record?.[name];
    const initialValue = Array.isArray(current) ? current.filter((c): c is string => typeof c === 'string' && offered.includes(c)) : undefined;
    return (
      <Form.Item
        initialValue={initialValue}
        name={name}
        label={label}
        rules={[...rules, { type: 'array', max: field.maxItems, message: t('workflow.payloadMaxItems', { max: field.maxItems }) }]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          maxCount={field.maxItems}
          options={offered.map((code) => ({ value: code, label: field.codes[lang][code] }))}
          style={{ minWidth: 260 }}
          data-testid={`payload-${name}`}
        />
      </Form.Item>
    );
  }
  return (
    <Form.Item name={name} label={label} rules={[...rules, { max: field.maxLength, message: t('workflow.commentMax', { max: field.maxLength }) }]}>
      <Input maxLength={field.maxLength} data-testid={`payload-${name}`} />
    </Form.Item>
  );
}

/**
 * The one dialog that asks for an approval comment (the record's action bar and the inbox's bulk actions), and
 * for the values the action declares in its workflow definition (`payload`, e.g. the new deadline of an extension).
 */
export function CommentModal({
  open,
  title,
  description,
  required,
  okText,
  danger,
  loading,
  errors,
  errorsExtra,
  payload,
  record,
  target,
  onOk,
  onCancel,
}: CommentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DialogValues>();
  const { busy, submitOnce } = useSubmitOnce();
  const send = (values: DialogValues) => onOk(values.comment?.trim() || undefined, payloadOf(payload, values));
  const submit = (values: DialogValues) => submitOnce(() => send(values));
  const inForm = (field: string) => field === 'comment' || Boolean(payload?.[field]);
  const commentErrors = messagesOf(errors?.comment);
  const others = Object.entries(errors ?? {})
    .filter(([field]) => !inForm(field))
    .flatMap(([, v]) => messagesOf(v));

  useEffect(() => {
    if (open)
      form.setFields([{ name: 'comment', errors: commentErrors }, ...Object.keys(payload ?? {}).map((name) => ({ name, errors: messagesOf(errors?.[name]) }))]);
    // Only a new answer (or reopening) sets the message under the box, not every keystroke's render.
  }, [errors, open]);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ danger, ...{ 'data-testid': 'comment-modal-ok' } }}
      confirmLoading={busy || loading}
      onCancel={onCancel}
      onOk={() => submitOnce(async () => send(await form.validateFields()))}
      destroyOnHidden
      data-testid="comment-modal"
    >
      {description && <p>{description}</p>}
      {others.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          data-testid="comment-modal-problems"
          message={t('workflow.problems', { count: others.length })}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {others.slice(0, MAX_LISTED).map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
              {others.length > MAX_LISTED && <div className="yb-muted">{t('workflow.moreProblems', { count: others.length - MAX_LISTED })}</div>}
              {errorsExtra}
            </>
          }
        />
      )}
      <ModalForm<DialogValues> form={form} name="comment-modal" preserve={false} onFinish={submit}>
        {Object.entries(payload ?? {}).map(([name, field]) => (
          <PayloadFieldItem key={name} name={name} field={field} record={record} target={target} />
        ))}
        <Form.Item
          name="comment"
          label={required ? t('workflow.comment') : t('workflow.commentOptional')}
          rules={[
            { required, whitespace: true, message: t('workflow.commentRequired') },
            { max: MAX_COMMENT, message: t('workflow.commentMax', { max: MAX_COMMENT }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={MAX_COMMENT} showCount placeholder={t('workflow.commentPlaceholder')} autoFocus />
        </Form.Item>
      </ModalForm>
    </Modal>
  );
}
