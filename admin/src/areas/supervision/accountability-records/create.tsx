import { Create } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import {
  ACCOUNTABILITY_MEASURES_BY_SUBJECT,
  MAX_ACCOUNTABILITY_MEASURES,
  type AccountabilityRecordRecord,
  type AccountabilitySubjectType,
  type CurrentUser,
} from '@yibao/shared';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { useCodeOptions } from './common';

interface CreateValues {
  regionCode: string;
  subjectType: AccountabilitySubjectType;
  subjectName: string;
  unit: string;
  post?: string;
  conduct: string;
  facts: string;
  sourceType: string;
  sourceId?: number;
  measures: string[];
  basis: string;
  published?: boolean;
}

/**
 * 提出问责建议: the unit (a city or county in the user's scope), the subject, conduct and facts, the source, and the
 * proposed measures — only those that fit the subject type are offered (the API refuses the others, naming measures).
 */
export default function AccountabilityRecordCreate() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const codes = useCodeOptions();
  const { formProps, saveButtonProps, form } = useVersionedForm<AccountabilityRecordRecord, CreateValues>({ redirect: 'show' });
  const subjectType = Form.useWatch('subjectType', form) as AccountabilitySubjectType | undefined;
  const sourceType = Form.useWatch('sourceType', form) as string | undefined;
  const fitting = subjectType ? (ACCOUNTABILITY_MEASURES_BY_SUBJECT[subjectType] as readonly string[]) : [];
  const onValuesChange = (changed: Partial<CreateValues>) => {
    // another subject type: keep only the measures that still fit it
    if ('subjectType' in changed && changed.subjectType) {
      const allowed = ACCOUNTABILITY_MEASURES_BY_SUBJECT[changed.subjectType] as readonly string[];
      form.setFieldValue(
        'measures',
        ((form.getFieldValue('measures') as string[] | undefined) ?? []).filter((m) => allowed.includes(m)),
      );
    }
    if ('sourceType' in changed && changed.sourceType === 'other') form.setFieldValue('sourceId', undefined);
  };
  return (
    <Create saveButtonProps={saveButtonProps}>
      {me && (
        <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ published: false }} onValuesChange={onValuesChange}>
          <Form.Item
            label={t('accountability-records.fields.region')}
            name="regionCode"
            rules={[{ required: true }]}
            extra={t('accountability-records.hints.unit')}
          >
            <RegionTreeSelect selectableLevels={['city', 'county']} />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.subjectType')} name="subjectType" rules={[{ required: true }]}>
            <Select options={codes.subjectTypes} data-testid="subject-type-select" />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.subjectName')} name="subjectName" rules={[{ required: true, whitespace: true, max: 64 }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.unit')} name="unit" rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.post')} name="post" rules={[{ max: 64 }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.conduct')} name="conduct" rules={[{ required: true }]}>
            <Select options={codes.conducts} data-testid="conduct-select" />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.facts')} name="facts" rules={[{ required: true, whitespace: true, max: 4000 }]}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.sourceType')} name="sourceType" rules={[{ required: true }]}>
            <Select options={codes.sourceTypes} />
          </Form.Item>
          {sourceType && sourceType !== 'other' && (
            <Form.Item label={t('accountability-records.fields.sourceId')} name="sourceId" rules={[{ required: true }]}>
              <InputNumber min={1} max={2147483647} precision={0} />
            </Form.Item>
          )}
          <Form.Item
            label={t('accountability-records.fields.measures')}
            name="measures"
            rules={[{ required: true, type: 'array', min: 1, max: MAX_ACCOUNTABILITY_MEASURES }]}
            extra={subjectType ? undefined : t('accountability-records.hints.measures')}
          >
            <Select
              mode="multiple"
              optionFilterProp="label"
              maxCount={MAX_ACCOUNTABILITY_MEASURES}
              disabled={!subjectType}
              options={codes.measures.filter((o) => fitting.includes(o.value))}
              data-testid="measures-select"
            />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.basis')} name="basis" rules={[{ required: true, whitespace: true, max: 500 }]}>
            <Input maxLength={500} placeholder={t('accountability-records.placeholders.basis')} />
          </Form.Item>
          <Form.Item label={t('accountability-records.fields.published')} name="published" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      )}
    </Create>
  );
}
