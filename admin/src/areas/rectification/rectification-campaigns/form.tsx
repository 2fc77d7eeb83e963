import { DatePicker, Form, Input, InputNumber } from 'antd';
import { dateField, notBefore } from '../../../components/dates';
import { useTranslation } from 'react-i18next';

/** The campaign form's values as the API takes them (dates as YYYY-MM-DD). */
export interface CampaignValues {
  name: string;
  documentNo: string;
  immediateDays: number;
  transitionDueOn: string;
  startedOn: string;
  version?: number;
}

/** The fields of a campaign: name, document, the days a 立行立改 item has and the 平稳过渡 date (S4 §五). */
export function CampaignFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('rectification-campaigns.fields.name')} name="name" rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t('rectification-campaigns.fields.documentNo')} name="documentNo" rules={[{ required: true, whitespace: true, max: 64 }]}>
        <Input maxLength={64} placeholder="医保发〔2019〕57号" />
      </Form.Item>
      <Form.Item label={t('rectification-campaigns.fields.startedOn')} name="startedOn" rules={[{ required: true }]} {...dateField}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        label={t('rectification-campaigns.fields.immediateDays')}
        name="immediateDays"
        extra={t('rectification-campaigns.hints.deadlines')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={366} precision={0} />
      </Form.Item>
      <Form.Item
        label={t('rectification-campaigns.fields.transitionDueOn')}
        name="transitionDueOn"
        dependencies={['startedOn']}
        rules={[{ required: true }, notBefore('startedOn', t('rectification-campaigns.rules.transitionAfterStart'))]}
        {...dateField}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item name="version" hidden>
        <Input type="hidden" />
      </Form.Item>
    </>
  );
}
