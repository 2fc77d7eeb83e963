import type { ScreeningRuleId } from '@yibao/shared';
import { Table } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../components/money';

/** The rule parameters' labels live in the `screening-parameters` locale section (the catalogue pages show them too). */
const PREFIX = 'screening-parameters';

/** How a parameter is entered and shown: whole days, visits or years; fen (entered in 元); a multiple; category lists. */
export type ParamKind = 'days' | 'visits' | 'years' | 'fen' | 'multiple' | 'categories' | 'ranges';

export const PARAM_KINDS: Readonly<Record<string, ParamKind>> = {
  'split_admission.days': 'days',
  'split_admission.excludedCategories': 'categories',
  'phantom_stay.maxDailyInPolicyCost': 'fen',
  'phantom_stay.minDays': 'days',
  'frequent_visits.maxVisitsPerMonth': 'visits',
  'sex_mismatch.femaleOnlyRanges': 'ranges',
  'sex_mismatch.maleOnlyRanges': 'ranges',
  'age_mismatch.perinatalRanges': 'ranges',
  'age_mismatch.maxAgeYears': 'years',
  'institution_outlier.k': 'multiple',
};

/** The parameter keys of a rule, in the catalogue's order. */
export const paramKeysOf = (rule: ScreeningRuleId): string[] =>
  Object.keys(PARAM_KINDS)
    .filter((k) => k.startsWith(`${rule}.`))
    .map((k) => k.slice(rule.length + 1));

/** A value as people read it: "15 日", "100.00 元", "O00-O9A、N70-N98", "k = 3". */
export function formatParam(t: TFunction, rule: string, key: string, value: unknown): string {
  const kind = PARAM_KINDS[`${rule}.${key}`];
  if (Array.isArray(value)) return value.length ? value.join('、') : t(`${PREFIX}.none`);
  if (typeof value !== 'number') return String(value ?? '—');
  switch (kind) {
    case 'fen':
      return `${formatFen(value)} ${t(`${PREFIX}.units.yuan`)}`;
    case 'days':
    case 'visits':
    case 'years':
      return t(`${PREFIX}.units.${kind}`, { n: value });
    case 'multiple':
      return `k = ${value}`;
    default:
      return String(value);
  }
}

export interface ParamRow {
  key: string;
  rule: ScreeningRuleId;
  param: string;
  value: unknown;
  source: string;
}

/** A rule's parameters (key → {value, source}) as a small table; a rule without parameters says so. */
export function RuleParameterTable({
  rule,
  parameters,
  testId,
}: {
  rule: ScreeningRuleId;
  parameters: Record<string, { value: unknown; source: string }>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const rows: ParamRow[] = Object.entries(parameters).map(([param, e]) => ({ key: param, rule, param, ...e }));
  if (!rows.length) return <span>{t(`${PREFIX}.noParameters`)}</span>;
  return (
    <Table<ParamRow>
      data-testid={testId}
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t(`${PREFIX}.fields.item`), dataIndex: 'param', width: 200, render: (p: string) => t(`${PREFIX}.params.${p}`) },
        { title: t(`${PREFIX}.fields.value`), key: 'value', width: 200, render: (_, r) => formatParam(t, r.rule, r.param, r.value) },
        { title: t(`${PREFIX}.fields.source`), dataIndex: 'source' },
      ]}
    />
  );
}
