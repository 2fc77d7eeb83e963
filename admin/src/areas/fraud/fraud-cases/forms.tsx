import { useGetIdentity } from '@refinedev/core';
import {
  type CurrentUser,
  FRAUD_CASE_OPEN_STATES,
  type FraudCaseRecord,
  type FraudExecutionKind,
  type FraudPauseKind,
  type FraudPauseRecord,
} from '@yibao/shared';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../../../components/FormSelect';
import { RecordDialogButton } from '../../../components/RecordDialog';
import { YuanInput } from '../../../components/YuanInput';
import { dateField } from '../../../components/dates';
import { CASES, afterToday, chinaToday, useFraudCodes } from '../components/codes';

/**
 * The steps of a case outside its state machine (issue 16), each a small form behind a button on the case file
 * (`RecordDialogButton`: field errors under the fields, a statutory guard's refusal named with its article). Who may:
 * the permission `edit`, narrowed here to the role the step belongs to (the API decides all the same).
 */

const open = (c: FraudCaseRecord) => (FRAUD_CASE_OPEN_STATES as readonly string[]).includes(c.state);
const today = () => chinaToday().format('YYYY-MM-DD');

/** 中止计算期限 (令第4号 art. 45: expert review, testing, appraisal, hearing, public notice do not count); `to` open while it lasts. */
export function PauseButton({ record }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const codes = useFraudCodes();
  if (!open(record)) return null;
  return (
    <RecordDialogButton<{ kind: FraudPauseKind; from: string; to?: string | null }>
      resource={CASES}
      id={record.id}
      path="pauses"
      toBody={(v) => ({ kind: v.kind, from: v.from, ...(v.to ? { to: v.to } : {}), version: record.version })}
      doneMessage={t('fraud-cases.pause.done')}
      label={t('fraud-cases.pause.button')}
      okText={t('buttons.save')}
      initialValues={{ from: today() }}
      testId="case-pause"
    >
      <p className="yb-muted">{t('fraud-cases.pause.hint')}</p>
      <Form.Item label={t('fraud-cases.pause.kind')} name="kind" rules={[{ required: true, message: t('fraud-cases.pause.kindRequired') }]}>
        <FormSelect options={codes.pauseKinds} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item label={t('fraud-cases.pause.from')} name="from" {...dateField} rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isBefore(record.filedOn, 'day')} allowClear={false} />
      </Form.Item>
      <Form.Item label={t('fraud-cases.pause.to')} name="to" {...dateField} extra={t('fraud-cases.pause.toHint')}>
        <DatePicker disabledDate={(d) => d.isBefore(record.filedOn, 'day')} />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 结束中止: an open pause ends on the date of its document (not before its start, not in the future); a hearing's ends with the hearing. */
export function EndPauseButton({ record, pause }: { record: FraudCaseRecord; pause: FraudPauseRecord }) {
  const { t } = useTranslation();
  if (!open(record) || pause.to !== null || (pause.kind === 'hearing' && record.state === 'hearing')) return null;
  return (
    <RecordDialogButton<{ to: string }>
      resource={CASES}
      id={record.id}
      path={`pauses/${pause.id}/end`}
      toBody={(v) => ({ to: v.to, version: record.version })}
      doneMessage={t('fraud-cases.pause.endDone')}
      label={t('fraud-cases.pause.end')}
      okText={t('buttons.save')}
      buttonProps={{ size: 'small' }}
      initialValues={{ to: today() }}
      testId="case-pause-end"
    >
      <p className="yb-muted">{t('fraud-cases.pause.endHint', { from: pause.from })}</p>
      <Form.Item label={t('fraud-cases.pause.to')} name="to" {...dateField} rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => afterToday(d) || d.isBefore(pause.from, 'day')} allowClear={false} />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 延长办案期限 (令第4号 art. 45): +30 days once by the head; a further one only by a recorded collective discussion. */
export function ExtensionButton({ record }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  if (me?.role !== 'bureau_head' || !open(record)) return null;
  const first = record.extensions.length === 0;
  return (
    <RecordDialogButton<{ days: number; reason: string; collective: boolean }>
      resource={CASES}
      id={record.id}
      path="extensions"
      toBody={(v) => ({ days: v.days, reason: v.reason.trim(), collective: Boolean(v.collective), version: record.version })}
      doneMessage={t('fraud-cases.extension.done')}
      label={t('fraud-cases.extension.button')}
      okText={t('buttons.save')}
      initialValues={{ days: record.parameters.limits.decisionExtensionDays, collective: !first }}
      testId="case-extension"
    >
      <p className="yb-muted">{t('fraud-cases.extension.hint', { days: record.parameters.limits.decisionExtensionDays, due: record.decisionDueOn })}</p>
      <Form.Item label={t('fraud-cases.extension.days')} name="days" rules={[{ required: true }]}>
        <InputNumber min={1} max={first ? record.parameters.limits.decisionExtensionDays : 365} precision={0} addonAfter={t('fraud-cases.days')} />
      </Form.Item>
      <Form.Item
        label={t('fraud-cases.extension.reason')}
        name="reason"
        rules={[{ required: true, whitespace: true, message: t('fraud-cases.extension.reasonRequired') }, { max: 1000 }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item label={t('fraud-cases.extension.collective')} name="collective" valuePropName="checked" extra={t('fraud-cases.extension.collectiveHint')}>
        <Switch />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 负责人集体讨论 (行政处罚法 art. 57; 令第4号 art. 42): a serious case's decision, or a second extension, rests on it. */
export function CollectiveDiscussionButton({ record }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  if (!open(record)) return null;
  return (
    <RecordDialogButton<{ heldOn: string; participants: string[]; conclusion: string }>
      resource={CASES}
      id={record.id}
      path="collective-discussion"
      toBody={(v) => ({
        heldOn: v.heldOn,
        participants: v.participants.map((p) => p.trim()).filter(Boolean),
        conclusion: v.conclusion.trim(),
        version: record.version,
      })}
      doneMessage={t('fraud-cases.collective.done')}
      label={record.collectiveDiscussion ? t('fraud-cases.collective.again') : t('fraud-cases.collective.button')}
      okText={t('buttons.save')}
      initialValues={{ heldOn: today() }}
      testId="case-collective"
    >
      <Form.Item label={t('fraud-cases.collective.heldOn')} name="heldOn" {...dateField} rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => afterToday(d) || d.isBefore(record.filedOn, 'day')} allowClear={false} />
      </Form.Item>
      <Form.Item
        label={t('fraud-cases.collective.participants')}
        name="participants"
        extra={t('fraud-cases.collective.participantsHint')}
        rules={[{ required: true, type: 'array', min: 2, message: t('fraud-cases.collective.participantsRequired') }]}
      >
        <Select mode="tags" maxCount={30} tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item
        label={t('fraud-cases.collective.conclusion')}
        name="conclusion"
        rules={[{ required: true, whitespace: true, message: t('fraud-cases.collective.conclusionRequired') }, { max: 2000 }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 督办 by the province: the letter's number and the date the case is due back. */
export function SupervisionButton({ record }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  if (me?.role !== 'province_supervisor' || record.supervised || ['closed', 'terminated'].includes(record.state)) return null;
  return (
    <RecordDialogButton<{ letterNo: string; dueOn: string }>
      resource={CASES}
      id={record.id}
      path="supervision"
      toBody={(v) => ({ letterNo: v.letterNo.trim(), dueOn: v.dueOn, version: record.version })}
      doneMessage={t('fraud-cases.supervision.done')}
      label={t('fraud-cases.supervision.button')}
      title={t('fraud-cases.supervision.title', { title: record.title })}
      danger
      testId="case-supervision"
    >
      <Form.Item
        label={t('fraud-cases.supervision.letterNo')}
        name="letterNo"
        rules={[{ required: true, whitespace: true, message: t('fraud-cases.supervision.letterNoRequired') }, { max: 64 }]}
      >
        <Input maxLength={64} autoFocus />
      </Form.Item>
      <Form.Item label={t('fraud-cases.supervision.dueOn')} name="dueOn" {...dateField} rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => !d.isAfter(chinaToday(), 'day')} />
      </Form.Item>
    </RecordDialogButton>
  );
}

/** 执行: a payment (fine, recovery, confiscation, late fee) with its date and receipt; the case shows what is still owed. */
export function ExecutionButton({ record }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const codes = useFraudCodes();
  if (!['decided', 'served', 'executing'].includes(record.state)) return null;
  const firstOwed = codes.executionKinds.find((k) => (record.owed[k.value as FraudExecutionKind] ?? 0) > 0)?.value as FraudExecutionKind | undefined;
  return (
    <RecordDialogButton<{ kind: FraudExecutionKind; amount: number; paidOn: string; receiptNo: string }>
      resource={CASES}
      id={record.id}
      path="executions"
      toBody={(v) => ({ kind: v.kind, amount: v.amount, paidOn: v.paidOn, receiptNo: v.receiptNo.trim(), version: record.version })}
      doneMessage={t('fraud-cases.execution.done')}
      label={t('fraud-cases.execution.button')}
      okText={t('buttons.save')}
      buttonProps={{ type: 'primary' }}
      initialValues={{ kind: firstOwed, amount: firstOwed ? record.owed[firstOwed] : undefined, paidOn: today() }}
      testId="case-execution"
    >
      <Form.Item label={t('fraud-cases.execution.kind')} name="kind" rules={[{ required: true }]}>
        <FormSelect options={codes.executionKinds} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        label={t('fraud-cases.execution.amount')}
        name="amount"
        rules={[{ required: true, type: 'number', min: 1, message: t('fraud-cases.execution.amountRequired') }]}
      >
        <YuanInput max={10_000_000_000} />
      </Form.Item>
      <Form.Item label={t('fraud-cases.execution.paidOn')} name="paidOn" {...dateField} rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => afterToday(d) || (record.decision ? d.isBefore(record.decision.decidedOn, 'day') : false)} allowClear={false} />
      </Form.Item>
      <Form.Item
        label={t('fraud-cases.execution.receiptNo')}
        name="receiptNo"
        rules={[{ required: true, whitespace: true, message: t('fraud-cases.execution.receiptRequired') }, { max: 64 }]}
      >
        <Input maxLength={64} />
      </Form.Item>
    </RecordDialogButton>
  );
}

/**
 * 法院受理强制执行 (行政强制法 art. 53; 令第4号 art. 56): the party neither paid nor sought review, the court accepted the
 * bureau's application — its date and document number; the case may then close with amounts still owed.
 */
export function CourtEnforcementButton({ record }: { record: FraudCaseRecord }) {
  const { t } = useTranslation();
  const owed = Object.values(record.owed).some((v) => v > 0);
  if (!['served', 'executing'].includes(record.state) || record.courtEnforcementAccepted || !owed) return null;
  return (
    <RecordDialogButton<{ acceptedOn: string; documentNo: string }>
      resource={CASES}
      id={record.id}
      path="court-enforcement"
      toBody={(v) => ({ acceptedOn: v.acceptedOn, documentNo: v.documentNo.trim(), version: record.version })}
      doneMessage={t('fraud-cases.court.done')}
      label={t('fraud-cases.court.button')}
      okText={t('buttons.save')}
      initialValues={{ acceptedOn: today() }}
      testId="case-court-enforcement"
    >
      <p className="yb-muted">{t('fraud-cases.court.hint')}</p>
      <Form.Item label={t('fraud-cases.court.acceptedOn')} name="acceptedOn" {...dateField} rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => afterToday(d) || (record.servedOn ? d.isBefore(record.servedOn, 'day') : false)} allowClear={false} />
      </Form.Item>
      <Form.Item
        label={t('fraud-cases.court.documentNo')}
        name="documentNo"
        rules={[{ required: true, whitespace: true, message: t('fraud-cases.court.documentNoRequired') }, { max: 64 }]}
      >
        <Input maxLength={64} />
      </Form.Item>
    </RecordDialogButton>
  );
}
