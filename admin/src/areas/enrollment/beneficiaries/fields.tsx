import { IDENTITY_CATEGORIES, BENEFICIARY_STATUSES, SOURCE_DEPARTMENTS } from '@yibao/shared';
import { DatePicker, Form, Input, Radio, Select, type SelectProps } from 'antd';
import dayjs from 'dayjs';
import { dateField } from '../../../components/dates';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { RADIO_GROUP } from '../../../components/a11y';
import { idNumberField } from '../../../components/idNumber';

export interface BeneficiaryValues {
  idNumber?: string;
  name: string;
  regionCode: string;
  identityCategories: string[];
  sourceDepartment: string;
  status: 'active' | 'exited';
  exitedOn?: string | null;
  version?: number;
}

/** The ID number of a new person, checked as the API checks it (length, birth date, check digit). */
export function IdNumberField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t('beneficiaries.fields.idNumber')}
      name="idNumber"
      extra={t('beneficiaries.hints.idNumber')}
      normalize={idNumberField.normalize}
      rules={[{ required: true, message: t('beneficiaries.rules.idNumber') }, idNumberField.rule]}
    >
      <Input maxLength={18} className="yb-mono" autoComplete="off" style={{ maxWidth: 260 }} />
    </Form.Item>
  );
}

/**
 * The identity categories, several at once. Form.Item marks required controls `aria-required`, which a
 * multiple select puts on its outer element where ARIA does not allow it: the asterisk and the rule stay.
 */
function IdentitySelect({ 'aria-required': _required, ...props }: SelectProps<string[]> & { 'aria-required'?: unknown }) {
  const { t } = useTranslation();
  return (
    <Select<string[]>
      {...props}
      mode="multiple"
      optionFilterProp="label"
      style={{ maxWidth: 560 }}
      options={IDENTITY_CATEGORIES.map((c) => ({ value: c, label: t(`identityCategories.${c}`) }))}
    />
  );
}

/** Name, region, identities, source department and status: the ledger fields a county keeps. */
export function BeneficiaryFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<BeneficiaryValues>();
  const status = Form.useWatch('status', form);
  return (
    <>
      <Form.Item
        label={t('beneficiaries.fields.name')}
        name="name"
        rules={[
          { required: true, whitespace: true, message: t('beneficiaries.rules.name') },
          { max: 64, message: t('beneficiaries.rules.nameMax') },
        ]}
      >
        <Input maxLength={64} style={{ maxWidth: 260 }} />
      </Form.Item>
      <Form.Item
        label={t('beneficiaries.fields.region')}
        name="regionCode"
        extra={t('beneficiaries.hints.region')}
        rules={[{ required: true, message: t('beneficiaries.rules.region') }]}
      >
        <RegionTreeSelect selectableLevels={['county', 'township']} allowClear={false} style={{ maxWidth: 320 }} />
      </Form.Item>
      <Form.Item
        label={t('beneficiaries.fields.identityCategories')}
        name="identityCategories"
        extra={t('beneficiaries.hints.identityCategories')}
        rules={[{ required: true, type: 'array', min: 1, message: t('beneficiaries.rules.identityCategories') }]}
      >
        <IdentitySelect />
      </Form.Item>
      <Form.Item
        label={t('beneficiaries.fields.sourceDepartment')}
        name="sourceDepartment"
        rules={[{ required: true, message: t('beneficiaries.rules.sourceDepartment') }]}
      >
        <Radio.Group {...RADIO_GROUP} options={SOURCE_DEPARTMENTS.map((s) => ({ value: s, label: t(`sourceDepartments.${s}`) }))} />
      </Form.Item>
      <Form.Item label={t('beneficiaries.fields.status')} name="status" rules={[{ required: true }]}>
        <Radio.Group {...RADIO_GROUP} options={BENEFICIARY_STATUSES.map((s) => ({ value: s, label: t(`beneficiaryStatuses.${s}`) }))} />
      </Form.Item>
      {status === 'exited' && (
        <Form.Item
          label={t('beneficiaries.fields.exitedOn')}
          name="exitedOn"
          {...dateField}
          rules={[{ required: true, message: t('beneficiaries.rules.exitedOn') }]}
        >
          <DatePicker disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
      )}
    </>
  );
}
