import {
  ACCOUNTABILITY_CONDUCTS,
  ACCOUNTABILITY_MEASURES,
  ACCOUNTABILITY_MEASURES_BY_SUBJECT,
  ACCOUNTABILITY_SOURCE_TYPES,
  ACCOUNTABILITY_SUBJECT_TYPES,
  MAX_ACCOUNTABILITY_MEASURES,
  type AccountabilitySubjectType,
} from '@yibao/shared';
import { Form, type FormInstance, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeOptionsOf } from './codes';

/** Options of the accountability code lists (labels from shared, both languages). */
export function useAccountabilityCodes() {
  const options = useCodeOptionsOf();
  return {
    subjectTypes: options('accountabilitySubjectTypes', ACCOUNTABILITY_SUBJECT_TYPES),
    conducts: options('accountabilityConducts', ACCOUNTABILITY_CONDUCTS),
    sourceTypes: options('accountabilitySourceTypes', ACCOUNTABILITY_SOURCE_TYPES),
    measures: options('accountabilityMeasures', ACCOUNTABILITY_MEASURES),
  };
}

/** Another subject type keeps only the measures that still fit it. */
function keepFittingMeasures(form: FormInstance, subjectType: AccountabilitySubjectType) {
  const allowed = ACCOUNTABILITY_MEASURES_BY_SUBJECT[subjectType] as readonly string[];
  form.setFieldValue(
    'measures',
    ((form.getFieldValue('measures') as string[] | undefined) ?? []).filter((m) => allowed.includes(m)),
  );
}

/**
 * The proposal's fields, written once for 提出问责建议 (the register) and 提出问责 (an inspection finding): the
 * subject, conduct and facts, the measures — only those that fit the chosen subject type are offered (the API
 * refuses the others, naming measures; another type drops the misfits) — and the basis. Each form adds its own unit
 * and source.
 */
export function ProposalFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const codes = useAccountabilityCodes();
  const subjectType = Form.useWatch('subjectType', form) as AccountabilitySubjectType | undefined;
  const fitting = subjectType ? (ACCOUNTABILITY_MEASURES_BY_SUBJECT[subjectType] as readonly string[]) : [];
  return (
    <>
      <Form.Item label={t('accountability-records.fields.subjectType')} name="subjectType" rules={[{ required: true }]}>
        <Select options={codes.subjectTypes} onChange={(v: AccountabilitySubjectType) => keepFittingMeasures(form, v)} data-testid="subject-type-select" />
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
    </>
  );
}
