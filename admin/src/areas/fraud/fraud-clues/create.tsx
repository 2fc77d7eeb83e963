import { Create } from '@refinedev/antd';
import { type FraudClueRecord, type FraudClueSource, type FraudClueSubjectType, INSTITUTION_CODE_PATTERN } from '@yibao/shared';
import { DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../../../components/FormSelect';
import { YuanInput } from '../../../components/YuanInput';
import { dateField } from '../../../components/dates';
import { useVersionedForm } from '../../../hooks/useVersionedForm';
import { idNumberField } from '../../../components/idNumber';
import { afterToday, chinaToday, useFraudCodes } from '../components/codes';

interface ClueValues {
  source: FraudClueSource;
  receivedOn: string;
  summary: string;
  subjectType: FraudClueSubjectType;
  institutionCode?: string;
  idNumber?: string;
  /** fen (YuanInput holds fen) */
  estimatedAmount?: number | null;
  reporterName?: string;
  reporterPhone?: string;
}

/** The body `POST /api/fraud-clues` takes: trimmed, empty fields left out, a reporter only for 实名举报. */
function toBody(v: ClueValues) {
  const text = (s?: string) => s?.trim() || undefined;
  const name = text(v.reporterName);
  return {
    source: v.source,
    receivedOn: v.receivedOn,
    summary: v.summary.trim(),
    subjectType: v.subjectType,
    institutionCode: v.subjectType === 'institution' ? text(v.institutionCode) : undefined,
    idNumber: v.subjectType === 'insured_person' ? text(v.idNumber) : undefined,
    estimatedAmount: v.estimatedAmount ?? undefined,
    reporterName: name,
    reporterPhone: name ? text(v.reporterPhone) : undefined,
  };
}

/**
 * 登记线索: where it came from and when (the date of receipt starts the 15 working days of 令第4号 art. 14, never in the
 * future), what it says, whom it is about (an institution by its national code, a person by ID number), the amount
 * estimated in 元, and a named reporter (masked for everyone but the handlers; an anonymous clue leaves it empty).
 */
export default function FraudClueCreate() {
  const { t } = useTranslation();
  const codes = useFraudCodes();
  const { formProps, saveButtonProps, form } = useVersionedForm<FraudClueRecord, ClueValues>({ redirect: 'show' });
  const subjectType = Form.useWatch('subjectType', form) as FraudClueSubjectType | undefined;
  return (
    <Create saveButtonProps={saveButtonProps}>
      <Form
        {...formProps}
        onFinish={(v) => formProps.onFinish?.(toBody(v as ClueValues) as never)}
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ receivedOn: chinaToday().format('YYYY-MM-DD') }}
      >
        <Form.Item label={t('fraud-clues.fields.source')} name="source" rules={[{ required: true, message: t('fraud-clues.rules.source') }]}>
          <FormSelect options={codes.sources} data-testid="clue-source" />
        </Form.Item>
        <Form.Item
          label={t('fraud-clues.fields.receivedOn')}
          name="receivedOn"
          {...dateField}
          extra={t('fraud-clues.hints.receivedOn')}
          rules={[{ required: true, message: t('fraud-clues.rules.receivedOn') }]}
        >
          <DatePicker disabledDate={afterToday} allowClear={false} />
        </Form.Item>
        <Form.Item
          label={t('fraud-clues.fields.summary')}
          name="summary"
          rules={[
            { required: true, whitespace: true, message: t('fraud-clues.rules.summary') },
            { max: 2000, message: t('fraud-clues.rules.summaryMax') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount data-testid="clue-summary" />
        </Form.Item>
        <Form.Item label={t('fraud-clues.fields.subjectType')} name="subjectType" rules={[{ required: true, message: t('fraud-clues.rules.subjectType') }]}>
          <FormSelect options={codes.partyTypes} data-testid="clue-subject-type" />
        </Form.Item>
        {subjectType === 'institution' && (
          <Form.Item
            label={t('fraud-clues.fields.institutionCode')}
            name="institutionCode"
            extra={t('fraud-clues.hints.institutionCode')}
            normalize={(v?: string) => v?.replace(/\s+/g, '').toUpperCase()}
            rules={[{ pattern: INSTITUTION_CODE_PATTERN, message: t('fraud-clues.rules.institutionCode') }]}
          >
            <Input maxLength={12} className="yb-mono" style={{ maxWidth: 260 }} data-testid="clue-institution-code" />
          </Form.Item>
        )}
        {subjectType === 'insured_person' && (
          <Form.Item label={t('fraud-clues.fields.idNumber')} name="idNumber" normalize={idNumberField.normalize} rules={[idNumberField.rule]}>
            <Input maxLength={18} className="yb-mono" autoComplete="off" style={{ maxWidth: 260 }} />
          </Form.Item>
        )}
        <Form.Item label={t('fraud-clues.fields.estimatedAmount')} name="estimatedAmount">
          <YuanInput max={10_000_000_000} />
        </Form.Item>
        <Form.Item label={t('fraud-clues.fields.reporterName')} name="reporterName" extra={t('fraud-clues.hints.reporter')} rules={[{ max: 64 }]}>
          <Input maxLength={64} autoComplete="off" style={{ maxWidth: 260 }} />
        </Form.Item>
        <Form.Item
          label={t('fraud-clues.fields.reporterPhone')}
          name="reporterPhone"
          rules={[{ pattern: /^[0-9+\-\s]{5,20}$/, message: t('fraud-clues.rules.reporterPhone') }]}
        >
          <Input maxLength={20} autoComplete="off" style={{ maxWidth: 260 }} />
        </Form.Item>
      </Form>
    </Create>
  );
}
