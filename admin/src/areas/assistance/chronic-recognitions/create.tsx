import { Create, useForm } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import {
  CHRONIC_DISEASES,
  CHRONIC_DISEASE_CATALOGUE_SOURCE,
  CHRONIC_RECOGNITION_RULES_SOURCE,
  type CurrentUser,
  PHYSICIAN_TITLES,
  RECOGNITION_HOSPITAL_LEVELS,
  regionLevelOf,
  type ChronicRecognitionRecord as RecognitionRecord,
} from '@yibao/shared';
import { Alert, Card, DatePicker, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { FormSelect } from '../../../components/FormSelect';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { RADIO_GROUP } from '../../../components/a11y';
import { placeServerErrors, toNamePath } from '../../../components/serverErrors';
import type { ApiError } from '../../../providers/http';

interface CreateValues {
  idNumber: string;
  name: string;
  regionCode: string;
  diseaseCode: string;
  hospitalCode: string;
  hospitalName: string;
  hospitalLevel: string;
  physicians: Array<{ name: string; title: string }>;
  recognizedOn: Dayjs;
}

const KNOWN = ['idNumber', 'name', 'regionCode', 'diseaseCode', 'hospitalCode', 'hospitalName', 'hospitalLevel', 'physicians', 'recognizedOn'];

/**
 * 登记门诊特慢病认定 (S1 §三(八)): a disease of the catalogue, recognised by a 二级 (county-level) or higher
 * hospital and exactly two physicians of attending rank or above — the rule's source is shown with it.
 */
export default function ChronicRecognitionCreate() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [problems, setProblems] = useState<string[]>([]);
  const { formProps, saveButtonProps, form } = useForm<RecognitionRecord, ApiError, CreateValues>({
    redirect: 'show',
    errorNotification: (error) => ({ type: 'error', message: t('notifications.saveFailed'), description: error?.message }),
    onMutationError: (error) =>
      setProblems(
        placeServerErrors(form, error.errors, (p) => {
          const name = toNamePath(p);
          return KNOWN.includes(String(name[0])) ? (name[0] === 'physicians' && name.length === 2 ? ['physicians', 0, String(name[1])] : name) : null;
        }),
      ),
  });
  const county = me && regionLevelOf(me.regionCode) === 'county' ? me.regionCode : undefined;
  return (
    <Create goBack={<BackIcon />} saveButtonProps={saveButtonProps}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('chronic-recognitions.rulesTitle')}
        description={CHRONIC_RECOGNITION_RULES_SOURCE}
        data-testid="recognition-rules"
      />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('chronic-recognitions.problems')}
          description={problems.join('；')}
          data-testid="recognition-problems"
        />
      )}
      <Form<CreateValues>
        {...formProps}
        layout="vertical"
        style={{ maxWidth: 900 }}
        initialValues={{ regionCode: county, recognizedOn: dayjs(), hospitalLevel: 'secondary', physicians: [{ title: 'attending' }, { title: 'attending' }] }}
        onFinish={(v) => {
          setProblems([]);
          const [a, b] = v.physicians ?? [];
          if (a?.name?.trim() && a.name.trim() === b?.name?.trim()) {
            form.setFields([{ name: ['physicians', 1, 'name'], errors: [t('chronic-recognitions.rules.distinctPhysicians')] }]);
            return;
          }
          return formProps.onFinish?.({
            ...v,
            idNumber: v.idNumber.trim(),
            recognizedOn: v.recognizedOn.format('YYYY-MM-DD'),
            physicians: v.physicians.map((p) => ({ name: p.name.trim(), title: p.title })),
          } as never);
        }}
      >
        <Card size="small" title={t('chronic-recognitions.sections.person')} style={{ marginBottom: 16 }}>
          <Space wrap size={16} align="start">
            <Form.Item
              label={t('chronic-recognitions.fields.idNumber')}
              name="idNumber"
              rules={[{ required: true, whitespace: true, message: t('chronic-recognitions.rules.idNumber') }]}
            >
              <Input maxLength={18} style={{ width: 220 }} autoComplete="off" />
            </Form.Item>
            <Form.Item
              label={t('chronic-recognitions.fields.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('chronic-recognitions.rules.name') }]}
            >
              <Input maxLength={64} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              label={t('chronic-recognitions.fields.region')}
              name="regionCode"
              rules={[{ required: true, message: t('chronic-recognitions.rules.region') }]}
            >
              <RegionTreeSelect selectableLevels={['county']} allowClear={false} style={{ width: 220 }} />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title={t('chronic-recognitions.sections.recognition')} style={{ marginBottom: 16 }}>
          <Form.Item
            label={t('chronic-recognitions.fields.disease')}
            name="diseaseCode"
            extra={CHRONIC_DISEASE_CATALOGUE_SOURCE}
            rules={[{ required: true, message: t('chronic-recognitions.rules.disease') }]}
          >
            <FormSelect
              showSearch
              optionFilterProp="label"
              style={{ maxWidth: 420 }}
              options={CHRONIC_DISEASES.map((d) => ({ value: d.code, label: `${d.code} ${t(`chronicDiseases.${d.code}`)}` }))}
            />
          </Form.Item>
          <Space wrap size={16} align="start">
            <Form.Item
              label={t('chronic-recognitions.fields.hospitalCode')}
              name="hospitalCode"
              rules={[{ required: true, pattern: /^[A-Za-z0-9]{4,32}$/, message: t('chronic-recognitions.rules.hospitalCode') }]}
            >
              <Input maxLength={32} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item
              label={t('chronic-recognitions.fields.hospitalName')}
              name="hospitalName"
              rules={[{ required: true, whitespace: true, message: t('chronic-recognitions.rules.hospitalName') }]}
            >
              <Input maxLength={100} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item
              label={t('chronic-recognitions.fields.hospitalLevel')}
              name="hospitalLevel"
              extra={t('chronic-recognitions.hints.hospitalLevel')}
              rules={[{ required: true, message: t('chronic-recognitions.rules.hospitalLevel') }]}
            >
              <Radio.Group
                {...RADIO_GROUP}
                optionType="button"
                options={RECOGNITION_HOSPITAL_LEVELS.map((l) => ({ value: l, label: t(`hospitalLevels.${l}`) }))}
              />
            </Form.Item>
            <Form.Item
              label={t('chronic-recognitions.fields.recognizedOn')}
              name="recognizedOn"
              rules={[{ required: true, message: t('chronic-recognitions.rules.recognizedOn') }]}
            >
              <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title={t('chronic-recognitions.sections.physicians')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('chronic-recognitions.hints.physicians')}</Typography.Paragraph>
          {[0, 1].map((i) => (
            <Space key={i} wrap size={16} align="start" data-testid={`physician-${i}`}>
              <Form.Item
                label={t('chronic-recognitions.physicianN', { n: i + 1 })}
                name={['physicians', i, 'name']}
                rules={[{ required: true, whitespace: true, message: t('chronic-recognitions.rules.physicianName') }]}
              >
                <Input maxLength={32} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item
                label={t('chronic-recognitions.fields.title')}
                name={['physicians', i, 'title']}
                rules={[{ required: true, message: t('chronic-recognitions.rules.physicianTitle') }]}
              >
                <FormSelect style={{ width: 160 }} options={PHYSICIAN_TITLES.map((p) => ({ value: p, label: t(`physicianTitles.${p}`) }))} />
              </Form.Item>
            </Space>
          ))}
        </Card>
      </Form>
    </Create>
  );
}
