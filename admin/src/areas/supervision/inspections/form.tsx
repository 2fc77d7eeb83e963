import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateField, notBefore } from '../../../components/dates';
import { useInspectionCodes } from './common';

/** The answer period's bounds (the API's: 7–180 days, default 60 — the 巡视 practice of two months). */
export const RESPONSE_DAYS = { min: 7, max: 180, default: 60 };

/** The plan's fields 制定计划 and 修改计划 share, with the API's bounds (the inspected unit and kind are fixed at planning). */
export function PlanFields() {
  const { t } = useTranslation();
  const codes = useInspectionCodes();
  return (
    <>
      <Form.Item label={t('inspections.fields.title')} name="title" rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t('inspections.fields.plannedFrom')} name="plannedFrom" rules={[{ required: true }]} {...dateField}>
        <DatePicker data-testid="planned-from" />
      </Form.Item>
      <Form.Item
        label={t('inspections.fields.plannedTo')}
        name="plannedTo"
        dependencies={['plannedFrom']}
        rules={[{ required: true }, notBefore('plannedFrom', t('inspections.rules.plannedTo'))]}
        {...dateField}
      >
        <DatePicker data-testid="planned-to" />
      </Form.Item>
      <Form.Item label={t('inspections.fields.teamLeader')} name="teamLeader" rules={[{ required: true, whitespace: true, max: 64 }]}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item label={t('inspections.fields.members')} name="members" rules={[{ max: 500 }]} normalize={(v?: string) => v || null}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('inspections.placeholders.members')} />
      </Form.Item>
      <Form.Item label={t('inspections.fields.areas')} name="areas" rules={[{ required: true, type: 'array', min: 1 }]}>
        <Select mode="multiple" optionFilterProp="label" options={codes.areas} data-testid="areas-select" />
      </Form.Item>
      <Form.Item label={t('inspections.fields.noticeNo')} name="noticeNo" rules={[{ max: 64 }]} normalize={(v?: string) => v || null}>
        <Input maxLength={64} placeholder={t('inspections.placeholders.noticeNo')} />
      </Form.Item>
      <Form.Item label={t('inspections.fields.responseDays')} name="responseDays" extra={t('inspections.hints.responseDays')} rules={[{ required: true }]}>
        <InputNumber min={RESPONSE_DAYS.min} max={RESPONSE_DAYS.max} precision={0} />
      </Form.Item>
    </>
  );
}
