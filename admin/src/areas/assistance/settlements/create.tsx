import { Create, useForm } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import {
  type CurrentUser,
  ICD10_CODE_PATTERN,
  SETTLEMENT_TIERS as TIERS,
  type SettlementRecord,
  type SettlementTiers as Tiers,
  regionLevelOf,
} from '@yibao/shared';
import { Alert, Card, DatePicker, Form, Input, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BackIcon } from '../../../components/BackIcon';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { YuanInput } from '../../../components/YuanInput';
import { formatFen } from '../../../components/money';
import type { ApiError } from '../../../providers/http';
import { CaseFields, type CaseValues, MAX_CASE_YUAN, caseInput, placeCaseErrors } from '../components/settlement-case';

interface CreateValues extends CaseValues {
  idNumber: string;
  name: string;
  settledOn: Dayjs;
  institutionCode: string;
  institutionName: string;
  settlementNo?: string;
  admittedOn?: Dayjs | null;
  dischargedOn?: Dayjs | null;
  diagnosisCode?: string;
  recorded: Tiers;
}

/** The form's own fields beside the case fields. */
const OWN_FIELDS = [
  'idNumber',
  'name',
  'settledOn',
  'institutionCode',
  'institutionName',
  'settlementNo',
  'admittedOn',
  'dischargedOn',
  'diagnosisCode',
  'recorded',
  'year',
];

/**
 * 登记结算 (the county): one settlement as the hospital's statement shows it, the payments of each tier in 元.
 * The server computes what the rules give beside it and flags guards and differences; the record opens after.
 */
export default function SettlementCreate() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, form } = useForm<SettlementRecord, ApiError, CreateValues>({
    redirect: 'show',
    errorNotification: (error) => ({ type: 'error', message: t('notifications.saveFailed'), description: error?.message }),
    onMutationError: (error) => setProblems(placeCaseErrors(form, error.errors, OWN_FIELDS)),
  });
  const recorded = Form.useWatch('recorded', form) as Partial<Tiers> | undefined;
  const total = Form.useWatch('totalCost', form) as number | undefined;
  const sum = TIERS.reduce((n, k) => n + (recorded?.[k] ?? 0), 0);
  // stay dates belong to inpatient settlements only (the API refuses them on a visit)
  const inpatient = Form.useWatch('visitType', form) === 'inpatient';
  const county = me && regionLevelOf(me.regionCode) === 'county' ? me.regionCode : undefined;
  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('settlements.problems')}
          description={problems.join('；')}
          data-testid="settlement-problems"
        />
      )}
      <Form<CreateValues>
        {...formProps}
        layout="vertical"
        style={{ maxWidth: 960 }}
        initialValues={{
          regionCode: county,
          settledOn: dayjs(),
          visitType: 'inpatient',
          hospitalLevel: 'secondary',
          inCounty: true,
          identityCategories: [],
          recorded: { basic: 0, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 0 },
        }}
        onFinish={(v) => {
          setProblems([]);
          if (sum !== v.totalCost) {
            form.setFields([
              { name: ['recorded', 'outOfPocket'], errors: [t('settlements.rules.tiersSum', { sum: formatFen(sum), total: formatFen(v.totalCost) })] },
            ]);
            return;
          }
          return formProps.onFinish?.({
            ...v,
            ...caseInput(v),
            settledOn: v.settledOn.format('YYYY-MM-DD'),
            year: v.settledOn.year(),
            settlementNo: v.settlementNo?.trim() || undefined,
            admittedOn: inpatient && v.admittedOn ? v.admittedOn.format('YYYY-MM-DD') : undefined,
            dischargedOn: inpatient && v.dischargedOn ? v.dischargedOn.format('YYYY-MM-DD') : undefined,
            diagnosisCode: v.diagnosisCode?.trim() || undefined,
          } as never);
        }}
      >
        <Card size="small" title={t('settlements.sections.person')} style={{ marginBottom: 16 }}>
          <Space wrap size={16} align="start">
            <Form.Item
              label={t('settlements.fields.idNumber')}
              name="idNumber"
              rules={[{ required: true, whitespace: true, message: t('settlements.rules.idNumber') }]}
            >
              <Input maxLength={18} style={{ width: 220 }} autoComplete="off" />
            </Form.Item>
            <Form.Item label={t('settlements.fields.name')} name="name" rules={[{ required: true, whitespace: true, message: t('settlements.rules.name') }]}>
              <Input maxLength={64} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              label={t('settlements.fields.region')}
              name="regionCode"
              extra={t('settlements.hints.region')}
              rules={[{ required: true, message: t('settlements.rules.region') }]}
            >
              <RegionTreeSelect selectableLevels={['county']} allowClear={false} style={{ width: 220 }} />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title={t('settlements.sections.visit')} style={{ marginBottom: 16 }}>
          <Space wrap size={16} align="start">
            <Form.Item label={t('settlements.fields.settledOn')} name="settledOn" rules={[{ required: true, message: t('settlements.rules.settledOn') }]}>
              <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item
              label={t('settlements.fields.institutionCode')}
              name="institutionCode"
              rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,32}$/, message: t('settlements.rules.institutionCode') }]}
            >
              <Input maxLength={32} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              label={t('settlements.fields.institutionName')}
              name="institutionName"
              rules={[{ required: true, whitespace: true, message: t('settlements.rules.institutionName') }]}
            >
              <Input maxLength={100} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item
              label={t('settlements.fields.settlementNo')}
              name="settlementNo"
              extra={t('settlements.hints.settlementNo')}
              rules={[{ pattern: /^[A-Za-z0-9-]{1,64}$/, message: t('settlements.rules.settlementNo') }]}
            >
              <Input maxLength={64} style={{ width: 220 }} />
            </Form.Item>
          </Space>
          <CaseFields />
          <Space wrap size={16} align="start">
            {inpatient && (
              <>
                <Form.Item
                  label={t('settlements.fields.admittedOn')}
                  name="admittedOn"
                  extra={t('settlements.hints.stay')}
                  dependencies={['dischargedOn']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, v) =>
                        !v === !getFieldValue('dischargedOn') ? Promise.resolve() : Promise.reject(new Error(t('settlements.rules.stayPair'))),
                    }),
                  ]}
                >
                  <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                </Form.Item>
                <Form.Item
                  label={t('settlements.fields.dischargedOn')}
                  name="dischargedOn"
                  dependencies={['admittedOn', 'settledOn']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, v: Dayjs | null) => {
                        const admitted = getFieldValue('admittedOn') as Dayjs | null;
                        const settled = getFieldValue('settledOn') as Dayjs | null;
                        if (!v) return admitted ? Promise.reject(new Error(t('settlements.rules.stayPair'))) : Promise.resolve();
                        const bad = (admitted && v.isBefore(admitted, 'day')) || (settled && v.isAfter(settled, 'day'));
                        return bad ? Promise.reject(new Error(t('settlements.rules.dischargedOn'))) : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
                </Form.Item>
              </>
            )}
            <Form.Item
              label={t('settlements.fields.diagnosisCode')}
              name="diagnosisCode"
              extra={t('settlements.hints.diagnosisCode')}
              rules={[{ pattern: ICD10_CODE_PATTERN, message: t('settlements.rules.diagnosisCode') }]}
            >
              <Input maxLength={16} style={{ width: 180 }} autoComplete="off" />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title={t('settlements.sections.recorded')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('settlements.hints.recorded')}</Typography.Paragraph>
          <Space wrap size={16} align="start">
            {TIERS.map((k) => (
              <Form.Item key={k} label={t(`tiers.${k}`)} name={['recorded', k]} rules={[{ required: true, message: t('settlements.rules.amount') }]}>
                <YuanInput max={MAX_CASE_YUAN} aria-label={t(`tiers.${k}`)} data-testid={`recorded-${k}`} style={{ width: 180 }} />
              </Form.Item>
            ))}
          </Space>
          <Typography.Text type={total !== undefined && sum !== total ? 'danger' : 'secondary'} data-testid="tiers-sum">
            {t('settlements.tiersSum', { sum: formatFen(sum), total: formatFen(total ?? 0) })}
          </Typography.Text>
        </Card>
      </Form>
    </Create>
  );
}
