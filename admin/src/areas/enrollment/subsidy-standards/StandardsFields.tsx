import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { type SubsidyStandards, checkSubsidyStandards, describeSubsidyStandardsProblem } from '@yibao/shared';
import { Button, Card, Form, type FormInstance, Input, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { YuanInput } from '../../../components/YuanInput';
import { formatFen } from '../../../components/money';
import { localizeServerText } from '../../../providers/i18n';

const MAX_SOURCE = 500;
export const MAX_PHASE_YEARS = 10;

type Amount = { fen?: number | null; source?: string };

/** The form's shape: the standards in fen as the API wants them, and which optional values are set. */
export interface StandardsFormValues {
  standards: {
    personalContribution: Amount;
    dibaoFixed: Amount;
    stablePhaseOut: { fen: Array<number | null>; source?: string };
    temporary?: Amount | null;
    temporaryCap?: Amount | null;
  };
  enabled: { temporary: boolean; temporaryCap: boolean };
}

/** `stablePhaseOut.fen[2]` or `standards.dibaoFixed.fen` → the form field's name path. */
export function fieldName(path: string): (string | number)[] {
  const parts = path
    .replace(/^standards\.?/, '')
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return ['standards', ...parts];
}

/** The record's standards as form values (the switches on where a value is set). */
export function toFormValues(s: SubsidyStandards | undefined): StandardsFormValues | undefined {
  if (!s) return undefined;
  return {
    standards: {
      ...s,
      stablePhaseOut: { fen: [...s.stablePhaseOut.fen], source: s.stablePhaseOut.source },
      temporary: s.temporary ?? null,
      temporaryCap: s.temporaryCap ?? null,
    },
    enabled: { temporary: Boolean(s.temporary), temporaryCap: Boolean(s.temporaryCap) },
  };
}

/** The form's values as the standards document the API validates. */
export function toStandards(v: StandardsFormValues, poolingRegionCode: string, year: number): SubsidyStandards {
  const amount = (a: Amount | null | undefined) => ({ fen: a?.fen ?? 0, source: (a?.source ?? '').trim() });
  return {
    poolingRegionCode,
    year,
    personalContribution: amount(v.standards.personalContribution),
    dibaoFixed: amount(v.standards.dibaoFixed),
    stablePhaseOut: { fen: (v.standards.stablePhaseOut.fen ?? []).map((f) => f ?? 0), source: (v.standards.stablePhaseOut.source ?? '').trim() },
    temporary: v.enabled.temporary ? amount(v.standards.temporary) : null,
    temporaryCap: v.enabled.temporaryCap ? amount(v.standards.temporaryCap) : null,
  };
}

/**
 * The rules the API applies (shared checkSubsidyStandards), run before sending: each problem lands under
 * its field. Returns whether the standards passed.
 */
export function checkBeforeSave(form: FormInstance, standards: SubsidyStandards): boolean {
  const issues = checkSubsidyStandards(standards);
  if (!issues.length) return true;
  form.setFields(issues.map((i) => ({ name: fieldName(i.field), errors: [localizeServerText(describeSubsidyStandardsProblem(i.problem))] })));
  form.scrollToField(fieldName(issues[0].field));
  return false;
}

function AmountWithSource({ name, label, extra, testId }: { name: string; label: string; extra?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={label} style={{ marginBottom: 16 }} data-testid={`standard-${testId}`}>
      {extra && <Typography.Paragraph type="secondary">{extra}</Typography.Paragraph>}
      <Space align="start" wrap size={16}>
        <Form.Item
          label={t('subsidy-standards.fields.amount')}
          name={['standards', name, 'fen']}
          rules={[{ required: true, message: t('subsidy-standards.rules.amount') }]}
        >
          <YuanInput aria-label={`${label} ${t('subsidy-standards.fields.amount')}`} />
        </Form.Item>
        <Form.Item
          label={t('subsidy-standards.fields.source')}
          name={['standards', name, 'source']}
          rules={[
            { required: true, whitespace: true, message: t('subsidy-standards.rules.source') },
            { max: MAX_SOURCE, message: t('subsidy-standards.rules.sourceMax', { max: MAX_SOURCE }) },
          ]}
          style={{ minWidth: 420 }}
        >
          <Input.TextArea
            rows={2}
            maxLength={MAX_SOURCE}
            placeholder={t('subsidy-standards.placeholders.source')}
            aria-label={`${label} ${t('subsidy-standards.fields.source')}`}
          />
        </Form.Item>
      </Space>
    </Card>
  );
}

function OptionalAmount({ name, label, extra }: { name: 'temporary' | 'temporaryCap'; label: string; extra: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<StandardsFormValues>();
  const on = Form.useWatch(['enabled', name], form);
  return (
    <>
      <Form.Item name={['enabled', name]} valuePropName="checked" label={label} extra={extra}>
        <Switch checkedChildren={t('subsidy-standards.set')} unCheckedChildren={t('subsidy-standards.notSet')} data-testid={`toggle-${name}`} />
      </Form.Item>
      {on && <AmountWithSource name={name} label={label} testId={name} />}
    </>
  );
}

/** The standards editor: every amount in 元 (held as fen) with its source document. */
export function StandardsFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<StandardsFormValues>();
  const contribution = Form.useWatch(['standards', 'personalContribution', 'fen'], form) as number | undefined;
  return (
    <>
      <AmountWithSource
        name="personalContribution"
        label={t('subsidy-standards.parameters.personalContribution')}
        extra={t('subsidy-standards.hints.personalContribution')}
        testId="personalContribution"
      />
      <AmountWithSource
        name="dibaoFixed"
        label={t('subsidy-standards.parameters.dibaoFixed')}
        extra={t('subsidy-standards.hints.dibaoFixed', { max: formatFen(contribution ?? null) })}
        testId="dibaoFixed"
      />
      <Card size="small" title={t('subsidy-standards.parameters.stablePhaseOut')} style={{ marginBottom: 16 }} data-testid="standard-stablePhaseOut">
        <Typography.Paragraph type="secondary">{t('subsidy-standards.hints.stablePhaseOut')}</Typography.Paragraph>
        <Form.List
          name={['standards', 'stablePhaseOut', 'fen']}
          rules={[
            {
              validator: async (_r, list?: unknown[]) => {
                if (!list?.length) throw new Error(t('subsidy-standards.rules.phaseOutEmpty'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              <Space wrap size={[16, 0]}>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" size={4}>
                    <Form.Item
                      label={t('subsidy-standards.phaseYear', { n: i + 1 })}
                      name={f.name}
                      rules={[{ required: true, message: t('subsidy-standards.rules.amount') }]}
                    >
                      <YuanInput style={{ width: 170 }} aria-label={t('subsidy-standards.phaseYear', { n: i + 1 })} />
                    </Form.Item>
                    {fields.length > 1 && i === fields.length - 1 && (
                      <Button
                        type="text"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(f.name)}
                        aria-label={t('subsidy-standards.removeYear', { n: i + 1 })}
                      />
                    )}
                  </Space>
                ))}
              </Space>
              <Form.ErrorList errors={errors} />
              <Button
                type="dashed"
                size="small"
                icon={<PlusOutlined />}
                disabled={fields.length >= MAX_PHASE_YEARS}
                onClick={() => add(null)}
                style={{ marginBottom: 16 }}
              >
                {t('subsidy-standards.addYear')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item
          label={t('subsidy-standards.fields.source')}
          name={['standards', 'stablePhaseOut', 'source']}
          rules={[
            { required: true, whitespace: true, message: t('subsidy-standards.rules.source') },
            { max: MAX_SOURCE, message: t('subsidy-standards.rules.sourceMax', { max: MAX_SOURCE }) },
          ]}
        >
          <Input.TextArea
            rows={2}
            maxLength={MAX_SOURCE}
            placeholder={t('subsidy-standards.placeholders.source')}
            aria-label={`${t('subsidy-standards.parameters.stablePhaseOut')} ${t('subsidy-standards.fields.source')}`}
          />
        </Form.Item>
      </Card>
      <OptionalAmount name="temporary" label={t('subsidy-standards.parameters.temporary')} extra={t('subsidy-standards.hints.temporary')} />
      <OptionalAmount name="temporaryCap" label={t('subsidy-standards.parameters.temporaryCap')} extra={t('subsidy-standards.hints.temporaryCap')} />
    </>
  );
}
