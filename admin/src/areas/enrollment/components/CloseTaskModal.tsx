import { useCustomMutation, useInvalidate } from '@refinedev/core';
import { TASK_OUTCOMES, type TaskOutcome, type VerificationTaskRecord } from '@yibao/shared';
import { Alert, Form, Input, Modal, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DifferenceTypeTag } from '../../../components/EnrollmentLabels';
import { useSubmitOnce } from '../../../components/FormModal';
import { RADIO_GROUP } from '../../../components/a11y';
import { errorNotificationUnlessStale, useStaleNotice } from '../../../hooks/useStaleNotice';
import type { ApiError } from '../../../providers/http';

export const RESOURCE = 'verification-tasks';
const MAX_NOTE = 500;

interface CloseValues {
  outcome: TaskOutcome;
  outcomeNote?: string;
}

/** The outcome a difference usually ends in: a 应保未保 task is closed by enrolling the person. */
const SUGGESTED: Partial<Record<VerificationTaskRecord['differenceType'], TaskOutcome>> = {
  not_enrolled: 'enrolled',
  lapsed_subsidised: 'corrected',
  identity_changed: 'corrected',
};

/**
 * 办结: closes one task with its outcome and a note (`POST /api/verification-tasks/:id/close`). "已参保" and
 * "有正当理由未参保" must already be true in the ledger: the API says so under the outcome, and the dialog
 * links to the person, where the enrollment is recorded. A stale version (someone closed or changed the
 * task meanwhile) asks to reload.
 */
export function CloseTaskModal({
  task,
  onClose,
  linkToPerson = true,
}: {
  task: VerificationTaskRecord | undefined;
  onClose: () => void;
  linkToPerson?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CloseValues>();
  const { busy, submitOnce } = useSubmitOnce();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { mutateAsync, mutation } = useCustomMutation<VerificationTaskRecord, ApiError>();
  const [problem, setProblem] = useState<string>();
  const outcome = Form.useWatch('outcome', form);

  useEffect(() => {
    setProblem(undefined);
    if (task) form.setFieldsValue({ outcome: SUGGESTED[task.differenceType], outcomeNote: undefined });
  }, [task, form]);

  const refresh = () => invalidate({ resource: RESOURCE, invalidates: ['all'] });

  const submit = async (v: CloseValues) => {
    if (!task) return;
    setProblem(undefined);
    try {
      await mutateAsync({
        url: `/${RESOURCE}/${task.id}/close`,
        method: 'post',
        values: { outcome: v.outcome, outcomeNote: v.outcomeNote?.trim() || undefined, version: task.version },
        successNotification: { type: 'success', message: t('verification-tasks.close.done', { name: task.name }) },
        errorNotification: (error?: ApiError) => (error?.errors ? false : errorNotificationUnlessStale(t('verification-tasks.close.failed'))(error)),
      });
      await refresh();
      await invalidate({ resource: 'enrollment-rates', invalidates: ['all'] });
      onClose();
    } catch (e) {
      const error = e as ApiError;
      if (error.stale) {
        staleNotice(refresh);
        onClose();
      } else if (error.errors) {
        form.setFields(
          Object.entries(error.errors).map(([name, messages]) => ({ name: name as keyof CloseValues, errors: ([] as string[]).concat(messages as string[]) })),
        );
        setProblem(Object.values(error.errors).flat().map(String).join('；'));
      } else if (error.statusCode === 409 || error.statusCode === 404) {
        void refresh();
        onClose();
      }
    }
  };

  const needsLedger = outcome === 'enrolled' || outcome === 'valid_reason';
  return (
    <Modal
      open={Boolean(task)}
      title={task ? t('verification-tasks.close.title', { name: task.name }) : undefined}
      okText={t('verification-tasks.close.ok')}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ ...{ 'data-testid': 'close-task-ok' } }}
      confirmLoading={busy || mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      data-testid="close-task-modal"
    >
      {task && (
        <Space size={6} wrap style={{ marginBottom: 12 }}>
          <DifferenceTypeTag type={task.differenceType} />
          <span className="yb-mono">{task.idNumber}</span>
          <span className="yb-muted">
            {t('verification-tasks.fields.month')} {task.month}
          </span>
        </Space>
      )}
      <Form<CloseValues> form={form} layout="vertical" onFinish={(v) => submitOnce(() => submit(v))}>
        <Form.Item
          name="outcome"
          label={t('verification-tasks.fields.outcome')}
          rules={[{ required: true, message: t('verification-tasks.close.outcomeRequired') }]}
        >
          <Radio.Group {...RADIO_GROUP}>
            <Space direction="vertical">
              {TASK_OUTCOMES.map((o) => (
                <Radio key={o} value={o}>
                  {t(`taskOutcomes.${o}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {needsLedger && task?.beneficiaryId && (
          <Alert
            type={problem ? 'error' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="close-task-ledger-hint"
            message={
              problem ??
              t(outcome === 'enrolled' ? 'verification-tasks.close.needsEnrollment' : 'verification-tasks.close.needsReason', { year: task.month.slice(0, 4) })
            }
            description={
              linkToPerson ? (
                <Link to={`/beneficiaries/show/${task.beneficiaryId}`} data-testid="close-task-open-person">
                  {t('verification-tasks.close.openPerson', { name: task.name })}
                </Link>
              ) : undefined
            }
          />
        )}
        <Form.Item
          name="outcomeNote"
          label={t('verification-tasks.fields.outcomeNote')}
          rules={[
            { required: outcome === 'not_a_difference' || outcome === 'corrected', whitespace: true, message: t('verification-tasks.close.noteRequired') },
            { max: MAX_NOTE, message: t('verification-tasks.close.noteMax', { max: MAX_NOTE }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={MAX_NOTE} showCount placeholder={t('verification-tasks.close.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
