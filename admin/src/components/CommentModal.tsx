import type { ValidationErrors } from '@refinedev/core';
import type { ActionPayload, ActionPayloadField } from '@yibao/shared';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
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
  /** the action's request: return its promise, the OK button stays loading and deaf until it settles */
  onOk: (comment: string | undefined, payload: ActionPayload) => unknown;
  onCancel: () => void;
}

const messagesOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

type DialogValues = { comment?: string } & Record<string, unknown>;

/** The form's values of the declared fields as the API takes them: a date as YYYY-MM-DD, an amount in fen, text trimmed. */
function payloadOf(fields: Readonly<Record<string, ActionPayloadField>> | undefined, values: DialogValues): ActionPayload {
  const out: ActionPayload = {};
  for (const [name, f] of Object.entries(fields ?? {})) {
    const v = values[name];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    if (f.type === 'date') out[name] = (v as Dayjs).format('YYYY-MM-DD');
    else if (f.type === 'codes') out[name] = [...(v as string[])];
    else if (f.type === 'amount') out[name] = yuanToFen(v as number) as number;
    else if (String(v).trim()) out[name] = String(v).trim();
  }
  return out;
}

/** The codes a field offers for this record: those its `allowedBy` field allows, else the whole list. */
function codesFor(field: Extract<ActionPayloadField, { type: 'codes' }>, record?: Record<string, unknown>): readonly string[] {
  const key = field.allowedBy ? record?.[field.allowedBy.field] : undefined;
  return field.allowedBy && typeof key === 'string' ? (field.allowedBy.allowed[key] ?? []) : field.codes.values;
}

/**
 * One declared payload field as a form item: a date picker (after its `laterThan` date), a yuan amount, a choice of
 * several codes (labelled from their shared code list, starting from the record's value of the same name), or a
 * bounded text.
 */
function PayloadFieldItem({ name, field, record }: { name: string; field: ActionPayloadField; record?: Record<string, unknown> }) {
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
          <PayloadFieldItem key={name} name={name} field={field} record={record} />
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
