import { SCREENING_PARAMETER_SOURCE_MAX, SCREENING_RULES, type ScreeningParameters, type ScreeningRuleId } from '@yibao/shared';
import type { ValidationErrors } from '@refinedev/core';
import { Card, Form, type FormInstance, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { placeServerErrors as place } from '../../../components/serverErrors';
import { PARAM_KINDS, type ParamKind, paramKeysOf } from '../components/rule-parameters';
import { PREFIX } from './common';

interface Entry {
  value: number | string[] | null;
  source: string;
}
/** The document as the form holds it: amounts in 元, each value with its source. */
export interface ParametersFormValues {
  rules: Record<string, Record<string, Entry>>;
}

/** Rules that have parameters (the others are `{}` in the document and have nothing to edit). */
const RULES_WITH_PARAMS: ScreeningRuleId[] = SCREENING_RULES.filter((r) => paramKeysOf(r).length > 0);

export function toFormValues(doc: ScreeningParameters): ParametersFormValues {
  const rules = Object.fromEntries(
    RULES_WITH_PARAMS.map((rule) => [
      rule,
      Object.fromEntries(
        Object.entries(doc.rules[rule] as Record<string, { value: unknown; source: string }>).map(([k, e]) => [
          k,
          { source: e.source, value: PARAM_KINDS[`${rule}.${k}`] === 'fen' ? (e.value as number) / 100 : (e.value as Entry['value']) },
        ]),
      ),
    ]),
  );
  return { rules };
}

/** The document to send (the API checks the bounds and names any field). */
export function toDoc(v: ParametersFormValues, regionCode: string, year: number): ScreeningParameters {
  const rules = Object.fromEntries(
    SCREENING_RULES.map((rule) => [
      rule,
      Object.fromEntries(
        paramKeysOf(rule).map((k) => {
          const e = v.rules?.[rule]?.[k];
          const kind = PARAM_KINDS[`${rule}.${k}`];
          const raw = e?.value ?? null;
          const value = kind === 'fen' ? Math.round(Number(raw ?? -1) * 100) : kind === 'categories' || kind === 'ranges' ? (raw ?? []) : (raw ?? -1);
          return [k, { value, source: (e?.source ?? '').trim() }];
        }),
      ),
    ]),
  );
  return { regionCode, year, rules } as unknown as ScreeningParameters;
}

/** The API's field errors (`parameters.rules.split_admission.days.value`) under their fields; the rest for the alert. */
export function placeServerErrors(form: FormInstance, errors: ValidationErrors | undefined): string[] {
  return place(form, errors, (path) => {
    const m = /^parameters\.rules\.(\w+)\.(\w+)\.(value|source)$/.exec(path);
    return m ? ['rules', m[1], m[2], m[3]] : null;
  });
}

function ValueInput({ kind, label, ...control }: { kind: ParamKind; label: string }) {
  const { t } = useTranslation();
  switch (kind) {
    case 'fen':
      return (
        <InputNumber {...control} aria-label={label} min={0.01} max={10_000} precision={2} addonAfter={t(`${PREFIX}.units.yuanShort`)} style={{ width: 170 }} />
      );
    case 'multiple':
      return <InputNumber {...control} aria-label={label} min={0.5} max={10} step={0.1} precision={1} style={{ width: 110 }} />;
    case 'categories':
    case 'ranges':
      return (
        <Select
          {...control}
          aria-label={label}
          mode="tags"
          tokenSeparators={[',', '，', ' ', '、']}
          style={{ width: 260 }}
          placeholder={t(`${PREFIX}.placeholders.${kind}`)}
        />
      );
    default:
      return (
        <InputNumber {...control} aria-label={label} min={0} max={365} precision={0} addonAfter={t(`${PREFIX}.units.${kind}Short`)} style={{ width: 140 }} />
      );
  }
}

/** The editor: per rule with parameters, each value and its source. */
export function ParametersFields() {
  const { t } = useTranslation();
  const rows = RULES_WITH_PARAMS.flatMap((rule) => paramKeysOf(rule).map((param) => ({ key: `${rule}.${param}`, rule, param })));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Typography.Paragraph type="secondary">{t(`${PREFIX}.hints.document`)}</Typography.Paragraph>
      <Card size="small">
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            { title: t(`${PREFIX}.fields.rule`), dataIndex: 'rule', width: 160, render: (r: string) => t(`screeningRules.${r}`) },
            { title: t(`${PREFIX}.fields.item`), dataIndex: 'param', width: 180, render: (p: string) => t(`${PREFIX}.params.${p}`) },
            {
              title: t(`${PREFIX}.fields.value`),
              key: 'value',
              width: 280,
              render: (_, r) => (
                <Form.Item
                  name={['rules', r.rule, r.param, 'value']}
                  rules={PARAM_KINDS[r.key] === 'categories' ? [] : [{ required: true, message: t(`${PREFIX}.rules.value`) }]}
                  style={{ marginBottom: 0 }}
                >
                  <ValueInput kind={PARAM_KINDS[r.key]} label={`${t(`screeningRules.${r.rule}`)} ${t(`${PREFIX}.params.${r.param}`)}`} />
                </Form.Item>
              ),
            },
            {
              title: t(`${PREFIX}.fields.source`),
              key: 'source',
              render: (_, r) => (
                <Form.Item
                  name={['rules', r.rule, r.param, 'source']}
                  rules={[
                    { required: true, whitespace: true, message: t(`${PREFIX}.rules.source`) },
                    { max: SCREENING_PARAMETER_SOURCE_MAX, message: t(`${PREFIX}.rules.sourceMax`, { max: SCREENING_PARAMETER_SOURCE_MAX }) },
                  ]}
                  style={{ marginBottom: 0 }}
                >
                  <Input
                    maxLength={SCREENING_PARAMETER_SOURCE_MAX}
                    placeholder={t(`${PREFIX}.placeholders.source`)}
                    aria-label={`${t(`screeningRules.${r.rule}`)} ${t(`${PREFIX}.params.${r.param}`)} · ${t(`${PREFIX}.fields.source`)}`}
                  />
                </Form.Item>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
