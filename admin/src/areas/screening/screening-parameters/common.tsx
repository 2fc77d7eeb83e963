import { SCREENING_RULES, type ScreeningParameters } from '@yibao/shared';
import { Table } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type ParamRow, formatParam } from '../components/rule-parameters';

export const RESOURCE = 'screening-parameters';
export const PREFIX = 'screening-parameters';

/** A path of the document in words: `parameters.rules.split_admission.days.value` → "分解住院 · 间隔天数 · 取值". */
export function describeParameterPath(t: TFunction, path: string): string {
  const m = /^(?:parameters\.)?rules\.(\w+)(?:\.(\w+))?(?:\.(value|source))?/.exec(path);
  if (!m) return '';
  return [t(`screeningRules.${m[1]}`), m[2] && t(`${PREFIX}.params.${m[2]}`), m[3] && t(`${PREFIX}.fields.${m[3]}`)].filter(Boolean).join(' · ');
}

/** The document read-only: per rule with parameters, its values and sources. */
export function ParametersTables({ doc }: { doc: ScreeningParameters }) {
  const { t } = useTranslation();
  const rows = SCREENING_RULES.flatMap((rule) =>
    Object.entries(doc.rules[rule] as Record<string, { value: unknown; source: string }>).map(([param, e]) => ({ key: `${rule}.${param}`, rule, param, ...e })),
  );
  return (
    <Table<ParamRow>
      data-testid="screening-parameters-values"
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t(`${PREFIX}.fields.rule`), dataIndex: 'rule', width: 180, render: (r: string) => <strong>{t(`screeningRules.${r}`)}</strong> },
        { title: t(`${PREFIX}.fields.item`), dataIndex: 'param', width: 200, render: (p: string) => t(`${PREFIX}.params.${p}`) },
        { title: t(`${PREFIX}.fields.value`), key: 'value', width: 200, render: (_, r) => formatParam(t, r.rule, r.param, r.value) },
        { title: t(`${PREFIX}.fields.source`), dataIndex: 'source' },
      ]}
    />
  );
}
