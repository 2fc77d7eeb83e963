import { HOLIDAY_KINDS, HOLIDAY_NAME_MAX } from '@yibao/shared';
import { DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RADIO_GROUP } from '../../../components/a11y';
import { dateField } from '../../../components/dates';

/** The fields of one calendar day, for create and edit: the API checks them again (a 调休 day on a weekend). */
export function HolidayFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('holidays.fields.date')} name="date" {...dateField} rules={[{ required: true, message: t('holidays.rules.date') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item label={t('holidays.fields.kind')} name="kind" extra={t('holidays.hints.kind')} rules={[{ required: true, message: t('holidays.rules.kind') }]}>
        <Radio.Group {...RADIO_GROUP} options={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`holidayKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('holidays.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('holidays.rules.name') }, { max: HOLIDAY_NAME_MAX }]}
      >
        <Input maxLength={HOLIDAY_NAME_MAX} placeholder={t('holidays.placeholders.name')} />
      </Form.Item>
    </>
  );
}
