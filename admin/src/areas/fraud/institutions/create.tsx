import { Create } from '@refinedev/antd';
import { INSTITUTION_CODE_PATTERN, institutionCodeCounty, type InstitutionRecord } from '@yibao/shared';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { InstitutionFields } from './form';

/** 登记定点医药机构: the city officer, in a county of its city; the national code carries that county. */
export default function InstitutionCreate() {
  const { t } = useTranslation();
  const { formProps, saveButtonProps } = useVersionedForm<InstitutionRecord>({ redirect: 'show' });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form {...formProps} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ kind: 'hospital', level: 'secondary', ownership: 'public' }}>
        <Form.Item label={t('institutions.fields.region')} name="regionCode" rules={[{ required: true }]} extra={t('institutions.hints.region')}>
          <RegionTreeSelect selectableLevels={['county']} />
        </Form.Item>
        <Form.Item
          label={t('institutions.fields.code')}
          name="code"
          dependencies={['regionCode']}
          extra={t('institutions.hints.code')}
          normalize={(v?: string) => v?.trim().toUpperCase()}
          rules={[
            { required: true },
            { pattern: INSTITUTION_CODE_PATTERN, message: t('institutions.rules.code') },
            ({ getFieldValue }) => ({
              validator: (_, v?: string) =>
                !v || !getFieldValue('regionCode') || !INSTITUTION_CODE_PATTERN.test(v) || institutionCodeCounty(v) === getFieldValue('regionCode')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('institutions.rules.codeCounty'))),
            }),
          ]}
        >
          <Input maxLength={12} placeholder="H45020200001" className="yb-mono" data-testid="institution-code" />
        </Form.Item>
        <InstitutionFields />
      </Form>
    </Create>
  );
}
