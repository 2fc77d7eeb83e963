import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInstitutionCodes } from './common';

/** The fields 登记 and 修改 share (the code and the county are fixed at registration; the status is the cases'). */
export function InstitutionFields() {
  const { t } = useTranslation();
  const codes = useInstitutionCodes();
  return (
    <>
      <Form.Item label={t('institutions.fields.name')} name="name" rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input maxLength={100} data-testid="institution-name" />
      </Form.Item>
      <Form.Item label={t('institutions.fields.kind')} name="kind" rules={[{ required: true }]}>
        <Select options={codes.kinds} data-testid="institution-kind" />
      </Form.Item>
      <Form.Item label={t('institutions.fields.level')} name="level" rules={[{ required: true }]}>
        <Select options={codes.levels} data-testid="institution-level" />
      </Form.Item>
      <Form.Item label={t('institutions.fields.ownership')} name="ownership" rules={[{ required: true }]}>
        <Select options={codes.ownerships} data-testid="institution-ownership" />
      </Form.Item>
    </>
  );
}
