import { MAX_AMOUNT_FEN } from '@yibao/shared';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { YuanInput } from '../../../components/YuanInput';
import { dateField } from '../../../components/dates';
import { fenToYuan } from '../../../components/money';
import { useCodeOptions } from './common';

/** The facts of an item a unit fills in and later edits (the 问题清单 and 任务清单 columns); amount in fen. */
export interface ItemFactValues {
  title: string;
  description?: string | null;
  localPolicy?: string | null;
  dueOn?: string | null;
  affectedPersons?: number | null;
  amount?: number | null;
  responsibleRole?: string | null;
  measures?: string | null;
}

/**
 * The fields of an item's facts, with the API's bounds, shared by 登记 and 编辑. The deadline picker allows
 * `earliest` (the day identified) to `latest` (the category's default, or a granted extension's date): a later
 * one is an extension, asked for through the workflow. `identifiedOn` is the create form's own field.
 */
export function ItemFactFields({
  earliest,
  latest,
  dueOnHint,
  identifiedOn,
}: {
  earliest: string;
  latest?: string;
  dueOnHint?: string;
  identifiedOn?: ReactNode;
}) {
  const { t } = useTranslation();
  const codes = useCodeOptions();
  return (
    <>
      <Form.Item label={t('rectification-items.fields.title')} name="title" rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('rectification-items.fields.description')} name="description" rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item label={t('rectification-items.fields.localPolicy')} name="localPolicy" rules={[{ max: 500 }]}>
        <Input maxLength={500} />
      </Form.Item>
      {identifiedOn}
      <Form.Item label={t('rectification-items.fields.dueOn')} name="dueOn" extra={dueOnHint} {...dateField}>
        <DatePicker
          placeholder={latest}
          data-testid="due-on-picker"
          disabledDate={(d) => d.isBefore(dayjs(earliest), 'day') || Boolean(latest && d.isAfter(dayjs(latest), 'day'))}
        />
      </Form.Item>
      <Form.Item label={t('rectification-items.fields.affectedPersons')} name="affectedPersons">
        <InputNumber min={0} max={100000000} precision={0} />
      </Form.Item>
      <Form.Item label={t('rectification-items.fields.amountYuan')} name="amount">
        <YuanInput max={fenToYuan(MAX_AMOUNT_FEN)} />
      </Form.Item>
      <Form.Item
        label={t('rectification-items.fields.responsibleRole')}
        name="responsibleRole"
        extra={t('rectification-items.hints.responsibleRole')}
        normalize={(v?: string) => v ?? null}
      >
        <Select allowClear options={codes.responsibleRoles} data-testid="responsible-role-select" />
      </Form.Item>
      <Form.Item label={t('rectification-items.fields.measures')} name="measures" rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </>
  );
}
