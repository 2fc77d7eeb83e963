import { APPEAL_OUTCOMES, type AccountabilityRecordRecord, type AppealOutcome, chinaDate } from '@yibao/shared';
import { DatePicker, Form, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordDialogButton } from '../../../components/RecordDialog';
import { dateField } from '../../../components/dates';
import { RESOURCE } from './common';

interface AppealValues {
  published: boolean;
  appeal?: { filedOn?: string | null; outcome?: AppealOutcome | null; decidedOn?: string | null };
}

/**
 * 公开与申诉 (the province, permission `edit`, after the decision): whether the decision is published, and the
 * appeal — filed within 15 days of the decision, answered with its outcome and date. Execution goes on meanwhile.
 * The record's PATCH through `RecordDialogButton` (the API's `appeal.filedOn`… errors land under the fields).
 */
export function AppealButton({ record }: { record: AccountabilityRecordRecord }) {
  const { t } = useTranslation();
  if (!record.appeal || !['decided', 'executed'].includes(record.state)) return null;
  const { appeal } = record;
  const today = chinaDate(new Date());
  return (
    <RecordDialogButton<AppealValues>
      resource={RESOURCE}
      id={record.id}
      method="patch"
      toBody={(v) => ({
        published: v.published,
        ...(v.appeal?.filedOn
          ? { appeal: { filedOn: v.appeal.filedOn, outcome: v.appeal.outcome ?? undefined, decidedOn: v.appeal.decidedOn ?? undefined } }
          : {}),
        version: record.version,
      })}
      doneMessage={t('accountability-records.appeal.saved')}
      label={t('accountability-records.appeal.button')}
      okText={t('buttons.save')}
      testId="appeal"
      initialValues={{ published: record.published, appeal: { filedOn: appeal.filedOn, outcome: appeal.outcome, decidedOn: appeal.decidedOn } }}
    >
      <Form.Item label={t('accountability-records.fields.published')} name="published" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        label={t('accountability-records.appeal.filedOn')}
        name={['appeal', 'filedOn']}
        {...dateField}
        extra={t('accountability-records.appeal.dueOn', { date: appeal.dueOn })}
      >
        <DatePicker
          disabledDate={(d) => (record.decidedOn ? d.isBefore(record.decidedOn, 'day') : false) || d.isAfter(appeal.dueOn, 'day') || d.isAfter(today, 'day')}
          data-testid="appeal-filed-on"
        />
      </Form.Item>
      <Form.Item label={t('accountability-records.appeal.outcome')} name={['appeal', 'outcome']}>
        <Select allowClear options={APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`appealOutcomes.${o}`) }))} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('accountability-records.appeal.decidedOn')} name={['appeal', 'decidedOn']} {...dateField}>
        <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
    </RecordDialogButton>
  );
}
