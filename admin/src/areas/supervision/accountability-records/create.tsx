import { Create } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import type { AccountabilityRecordRecord, AccountabilitySubjectType, CurrentUser } from '@yibao/shared';
import { Form, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { ProposalFields } from '../components/accountability';
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
  const sourceType = Form.useWatch('sourceType', form) as string | undefined;
  const onValuesChange = (changed: Partial<CreateValues>) => {
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
          <ProposalFields form={form} />
          <Form.Item label={t('accountability-records.fields.sourceType')} name="sourceType" rules={[{ required: true }]}>
            <Select options={codes.sourceTypes} />
          </Form.Item>
          {sourceType && sourceType !== 'other' && (
            <Form.Item label={t('accountability-records.fields.sourceId')} name="sourceId" rules={[{ required: true }]}>
              <InputNumber min={1} max={2147483647} precision={0} />
            </Form.Item>
          )}
          <Form.Item label={t('accountability-records.fields.published')} name="published" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      )}
    </Create>
  );
}
