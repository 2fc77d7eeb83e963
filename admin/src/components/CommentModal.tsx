import type { ValidationErrors } from '@refinedev/core';
import { Alert, Form, Input, Modal } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm, useSubmitOnce } from './FormModal';

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
  /** the action's request: return its promise, the OK button stays loading and deaf until it settles */
  onOk: (comment: string | undefined) => unknown;
  onCancel: () => void;
}

const messagesOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** The one dialog that asks for an approval comment (the record's action bar and the inbox's bulk actions). */
export function CommentModal({ open, title, description, required, okText, danger, loading, errors, errorsExtra, onOk, onCancel }: CommentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment?: string }>();
  const { busy, submitOnce } = useSubmitOnce();
  const submit = ({ comment }: { comment?: string }) => submitOnce(() => onOk(comment?.trim() || undefined));
  const commentErrors = messagesOf(errors?.comment);
  const others = Object.entries(errors ?? {})
    .filter(([field]) => field !== 'comment')
    .flatMap(([, v]) => messagesOf(v));

  useEffect(() => {
    if (open) form.setFields([{ name: 'comment', errors: commentErrors }]);
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
      onOk={() => submitOnce(async () => onOk((await form.validateFields()).comment?.trim() || undefined))}
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
      <ModalForm<{ comment?: string }> form={form} name="comment-modal" preserve={false} onFinish={submit}>
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
