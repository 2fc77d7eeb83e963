import {
  REPORTING_DUE_DAYS_MAX,
  REPORTING_DUE_SOURCE_MAX,
  REPORTING_DUTY_CATALOGUE,
  type ReportingDueRule,
  type ReportingDueRules,
  type ReportingDuty,
  reportingDutiesRuledBy,
} from '@yibao/shared';
import { Card, Checkbox, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import type { ValidationErrors } from '@refinedev/core';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { RADIO_GROUP } from '../../../components/a11y';
import { placeServerErrors as place } from '../../../components/serverErrors';
import { PREFIX, ruleText } from './common';

/** One duty's rule in the form: set or not (the level above's or the default), its form, value and source. */
interface RuleValues {
  enabled: boolean;
  form: 'days' | 'monthDay';
  daysAfterPeriodEnd?: number | null;
  monthDay?: string | null;
  source?: string | null;
}
export interface RulesFormValues {
  rules: Partial<Record<ReportingDuty, RuleValues>>;
}

export function toFormValues(doc: Pick<ReportingDueRules, 'regionCode' | 'rules'>): RulesFormValues {
  const rules: RulesFormValues['rules'] = {};
  for (const duty of reportingDutiesRuledBy(doc.regionCode)) {
    const rule = doc.rules[duty];
    const def = REPORTING_DUTY_CATALOGUE[duty].due;
    const shown = rule ?? def;
    rules[duty] = {
      enabled: Boolean(rule),
      form: 'monthDay' in shown ? 'monthDay' : 'days',
      daysAfterPeriodEnd: 'daysAfterPeriodEnd' in shown ? shown.daysAfterPeriodEnd : null,
      monthDay: 'monthDay' in shown ? shown.monthDay : null,
      source: rule?.source ?? null,
    };
  }
  return { rules };
}

/** The document to send: the duties set, each in its one form (the API checks the rest and names any field). */
export function toDoc(values: RulesFormValues, regionCode: string, year: number): ReportingDueRules {
  const rules: ReportingDueRules['rules'] = {};
  for (const [duty, v] of Object.entries(values.rules ?? {}) as [ReportingDuty, RuleValues][]) {
    if (!v?.enabled) continue;
    const source = (v.source ?? '').trim();
    rules[duty] = (
      v.form === 'monthDay' ? { monthDay: v.monthDay ?? '', source } : { daysAfterPeriodEnd: v.daysAfterPeriodEnd ?? -1, source }
    ) as ReportingDueRule;
  }
  return { regionCode, year, rules };
}

/** The API's field errors (`dueRules.rules.monthly_bulletin.source`) under their fields; the rest for the alert. */
export function placeServerErrors(form: FormInstance, errors: ValidationErrors | undefined): string[] {
  return place(form, errors, (path) => {
    const m = /^dueRules\.rules\.(\w+)\.(monthDay|daysAfterPeriodEnd|source)$/.exec(path);
    return m ? ['rules', m[1], m[2]] : null;
  });
}

function DutyRule({ duty }: { duty: ReportingDuty }) {
  const { t } = useTranslation();
  const def = REPORTING_DUTY_CATALOGUE[duty];
  const instance = Form.useFormInstance();
  const enabled = Form.useWatch(['rules', duty, 'enabled'], instance);
  const form = Form.useWatch(['rules', duty, 'form'], instance);
  const yearly = def.period === 'year';
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid={`due-rule-${duty}`}>
      <Form.Item name={['rules', duty, 'enabled']} valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>
          <strong>{t(`reportingDuties.${duty}`)}</strong>
          <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
            {t(`${PREFIX}.defaultRule`, { rule: ruleText(t, def.due) })}
          </Typography.Text>
        </Checkbox>
      </Form.Item>
      {enabled && (
        <>
          {yearly && (
            <Form.Item label={t(`${PREFIX}.fields.form`)} name={['rules', duty, 'form']}>
              <Radio.Group
                {...RADIO_GROUP}
                options={[
                  { value: 'monthDay', label: t(`${PREFIX}.forms.monthDay`) },
                  { value: 'days', label: t(`${PREFIX}.forms.days`) },
                ]}
              />
            </Form.Item>
          )}
          <Space align="start" wrap>
            {yearly && form === 'monthDay' ? (
              <Form.Item
                label={t(`${PREFIX}.fields.monthDay`)}
                name={['rules', duty, 'monthDay']}
                extra={t(`${PREFIX}.hints.monthDay`)}
                rules={[{ required: true, pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, message: t(`${PREFIX}.rules.monthDay`) }]}
              >
                <Input placeholder="04-12" style={{ width: 120 }} maxLength={5} />
              </Form.Item>
            ) : (
              <Form.Item
                label={t(`${PREFIX}.fields.daysAfterPeriodEnd`)}
                name={['rules', duty, 'daysAfterPeriodEnd']}
                extra={t(`${PREFIX}.hints.days`, { max: REPORTING_DUE_DAYS_MAX })}
                rules={[{ required: true, message: t(`${PREFIX}.rules.days`, { max: REPORTING_DUE_DAYS_MAX }) }]}
              >
                <InputNumber min={0} max={REPORTING_DUE_DAYS_MAX} precision={0} style={{ width: 120 }} />
              </Form.Item>
            )}
          </Space>
          <Form.Item
            label={t(`${PREFIX}.fields.source`)}
            name={['rules', duty, 'source']}
            rules={[
              { required: true, whitespace: true, message: t(`${PREFIX}.rules.source`) },
              { max: REPORTING_DUE_SOURCE_MAX, message: t(`${PREFIX}.rules.sourceMax`, { max: REPORTING_DUE_SOURCE_MAX }) },
            ]}
          >
            <Input.TextArea rows={2} maxLength={REPORTING_DUE_SOURCE_MAX} showCount placeholder={t(`${PREFIX}.placeholders.source`)} />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/** Per duty the unit rules: leave it to the level above (or the default), or set its own rule with its source. */
export function RulesFields({ regionCode }: { regionCode: string | undefined }) {
  const { t } = useTranslation();
  if (!regionCode) return null;
  const duties = reportingDutiesRuledBy(regionCode);
  return (
    <>
      <Typography.Paragraph type="secondary">{t(`${PREFIX}.hints.rules`)}</Typography.Paragraph>
      {duties.map((duty) => (
        <DutyRule key={duty} duty={duty} />
      ))}
    </>
  );
}
