import { useCreate, useUpdate } from '@refinedev/core';
import {
  type EnrollmentRecord as EnrollmentRow,
  INSURANCE_SCHEMES,
  NON_ENROLLMENT_REASONS,
  SUBSIDY_CATEGORIES,
  type SubsidyCategory,
  type SubsidyDecisionRecord as SubsidyAnswer,
} from '@yibao/shared';
import { Alert, Button, DatePicker, Form, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { YuanInput } from '../../../components/YuanInput';
import { useSubmitOnce } from '../../../components/FormModal';
import { formatFen } from '../../../components/money';
import { RADIO_GROUP } from '../../../components/a11y';
import { errorNotificationUnlessStale, useStaleNotice } from '../../../hooks/useStaleNotice';
import type { ApiError } from '../../../providers/http';
import { dateField } from '../../../components/dates';

interface EnrollmentValues {
  year: number;
  enrolled: boolean;
  scheme?: string;
  criticalIllness?: boolean;
  commercialSupplementary?: boolean;
  subsidyCategory?: SubsidyCategory;
  subsidyAmount?: number;
  paidOn?: string | null;
  notEnrolledReason?: string | null;
}

/**
 * 登记参保 / 修改参保记录 for one person and year: enrolled with scheme and subsidy, or not enrolled with
 * a valid reason — none is 应保未保. The subsidy the rule grants can be filled in with one click.
 */
export function EnrollmentModal({
  beneficiaryId,
  record,
  year,
  open,
  subsidy,
  onClose,
}: {
  beneficiaryId: number;
  /** the record being edited; none = a new one */
  record?: EnrollmentRow;
  year: number;
  open: boolean;
  subsidy?: SubsidyAnswer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EnrollmentValues>();
  const { busy, submitOnce } = useSubmitOnce();
  const staleNotice = useStaleNotice();
  const { mutateAsync: create, mutation: creating } = useCreate<EnrollmentRow, ApiError>();
  const { mutateAsync: update, mutation: updating } = useUpdate<EnrollmentRow, ApiError>();
  const enrolled = Form.useWatch('enrolled', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      record
        ? {
            year: record.year,
            enrolled: record.enrolled,
            scheme: record.scheme ?? 'resident_basic',
            criticalIllness: record.enrolled ? record.criticalIllness : true,
            commercialSupplementary: record.commercialSupplementary,
            // a record that was not enrolled has no subsidy yet: left empty, the rule decides
            subsidyCategory: record.enrolled ? record.subsidyCategory : undefined,
            subsidyAmount: record.enrolled ? record.subsidyAmount : undefined,
            paidOn: record.paidOn,
            notEnrolledReason: record.notEnrolledReason,
          }
        : { year, enrolled: true, scheme: 'resident_basic', criticalIllness: true, commercialSupplementary: false },
    );
  }, [open, record, year, form]);

  const submit = async (v: EnrollmentValues) => {
    const fields = v.enrolled
      ? {
          enrolled: true,
          scheme: v.scheme,
          criticalIllness: Boolean(v.criticalIllness),
          commercialSupplementary: Boolean(v.commercialSupplementary),
          // no category: the API applies the subsidy rule under the approved standards (or records none)
          subsidyCategory: v.subsidyCategory,
          subsidyAmount: v.subsidyCategory ? (v.subsidyAmount ?? 0) : undefined,
          paidOn: v.paidOn || undefined,
        }
      : { enrolled: false, notEnrolledReason: v.notEnrolledReason || undefined };
    const notifications = {
      successNotification: () => ({ type: 'success' as const, message: t('beneficiaries.enrollment.saved', { year: v.year }) }),
      errorNotification: (error?: ApiError) => (error?.errors ? false : errorNotificationUnlessStale(t('notifications.saveFailed'))(error)),
    };
    try {
      if (record) {
        await update({ resource: 'enrollments', id: record.id, values: { ...fields, version: record.version }, ...notifications });
      } else {
        await create({ resource: 'enrollments', values: { ...fields, beneficiaryId, year: v.year }, ...notifications });
      }
      onClose();
    } catch (e) {
      const error = e as ApiError;
      if (error.stale) {
        staleNotice(() => undefined);
        onClose();
      } else if (error.errors) {
        form.setFields(
          Object.entries(error.errors).map(([name, messages]) => ({
            name: name as keyof EnrollmentValues,
            errors: ([] as string[]).concat(messages as string[]),
          })),
        );
      }
    }
  };

  const applySubsidy = () => subsidy && form.setFieldsValue({ subsidyCategory: subsidy.category, subsidyAmount: subsidy.amount });

  return (
    <Modal
      open={open}
      title={record ? t('beneficiaries.enrollment.editTitle', { year: record.year }) : t('beneficiaries.enrollment.createTitle')}
      okText={t('buttons.save')}
      cancelText={t('buttons.cancel')}
      okButtonProps={{ ...{ 'data-testid': 'enrollment-save' } }}
      confirmLoading={busy || creating.isPending || updating.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      width={620}
      data-testid="enrollment-modal"
    >
      <Form<EnrollmentValues> form={form} layout="vertical" onFinish={(v) => submitOnce(() => submit(v))}>
        <Form.Item label={t('beneficiaries.enrollment.year')} name="year" rules={[{ required: true, message: t('beneficiaries.rules.year') }]}>
          <InputNumber min={2019} max={2100} precision={0} disabled={Boolean(record)} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('beneficiaries.enrollment.enrolled')} name="enrolled" rules={[{ required: true }]}>
          <Radio.Group
            {...RADIO_GROUP}
            options={[
              { value: true, label: t('beneficiaries.enrollment.yes') },
              { value: false, label: t('beneficiaries.enrollment.no') },
            ]}
          />
        </Form.Item>
        {enrolled ? (
          <>
            <Form.Item label={t('beneficiaries.enrollment.scheme')} name="scheme" rules={[{ required: true, message: t('beneficiaries.rules.scheme') }]}>
              <Select style={{ maxWidth: 260 }} options={INSURANCE_SCHEMES.map((s) => ({ value: s, label: t(`insuranceSchemes.${s}`) }))} />
            </Form.Item>
            <Form.Item label={t('beneficiaries.enrollment.criticalIllness')} name="criticalIllness" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item label={t('beneficiaries.enrollment.commercialSupplementary')} name="commercialSupplementary" valuePropName="checked">
              <Switch />
            </Form.Item>
            {subsidy && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={t('beneficiaries.enrollment.ruleSays', { category: t(`subsidyCategories.${subsidy.category}`), amount: formatFen(subsidy.amount) })}
                action={
                  <Button size="small" onClick={applySubsidy} data-testid="apply-subsidy">
                    {t('beneficiaries.enrollment.applyRule')}
                  </Button>
                }
              />
            )}
            <Form.Item label={t('beneficiaries.enrollment.subsidyCategory')} name="subsidyCategory" extra={t('beneficiaries.enrollment.subsidyHint')}>
              <Select
                allowClear
                placeholder={t('beneficiaries.enrollment.byRule')}
                style={{ maxWidth: 360 }}
                options={SUBSIDY_CATEGORIES.map((s) => ({ value: s, label: t(`subsidyCategories.${s}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('beneficiaries.enrollment.subsidyAmount')} name="subsidyAmount">
              <YuanInput />
            </Form.Item>
            <Form.Item label={t('beneficiaries.enrollment.paidOn')} name="paidOn" {...dateField}>
              <DatePicker />
            </Form.Item>
          </>
        ) : (
          <Form.Item label={t('beneficiaries.enrollment.notEnrolledReason')} name="notEnrolledReason" extra={t('beneficiaries.enrollment.reasonHint')}>
            <Select allowClear style={{ maxWidth: 260 }} options={NON_ENROLLMENT_REASONS.map((r) => ({ value: r, label: t(`nonEnrollmentReasons.${r}`) }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
