import {
  REPORTING_DUTY_CATALOGUE,
  type ReportingDueRule,
  type ReportingDueRules,
  type ReportingDuty,
  reportingDueOn,
  reportingDutiesRuledBy,
  reportingPeriodsOf,
} from '@yibao/shared';
import { Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export const RESOURCE = 'reporting-due-rules';
export const PREFIX = 'reporting-due-rules';

/** "期末后 10 天内" / "每年 04-12 前". */
export function ruleText(t: TFunction, rule: ReportingDueRule): string {
  return 'monthDay' in rule ? t(`${PREFIX}.ruleText.monthDay`, { monthDay: rule.monthDay }) : t(`${PREFIX}.ruleText.days`, { days: rule.daysAfterPeriodEnd });
}

/** A path of the document in words: `dueRules.rules.monthly_bulletin.daysAfterPeriodEnd` → "月通报 · 期末后天数". */
export function describeRulePath(t: TFunction, path: string): string {
  const m = /^(?:dueRules\.)?rules\.(\w+)(?:\.(\w+))?$/.exec(path);
  if (!m || !(m[1] in REPORTING_DUTY_CATALOGUE)) return '';
  const duty = t(`reportingDuties.${m[1]}`);
  return m[2] && ['monthDay', 'daysAfterPeriodEnd', 'source'].includes(m[2]) ? `${duty} · ${t(`${PREFIX}.fields.${m[2]}`)}` : duty;
}

interface Row {
  duty: ReportingDuty;
  rule: ReportingDueRule | undefined;
}

/**
 * The rules of a set read-only: per duty the unit rules, its own rule and source or "the level above's or the
 * default", with the first due date of the year it gives and the catalogue's default beside it.
 */
export function RulesTable({ doc }: { doc: ReportingDueRules }) {
  const { t } = useTranslation();
  const rows: Row[] = reportingDutiesRuledBy(doc.regionCode).map((duty) => ({ duty, rule: doc.rules[duty] }));
  return (
    <Table<Row>
      data-testid="due-rules-table"
      rowKey="duty"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t(`${PREFIX}.fields.duty`), dataIndex: 'duty', width: 220, render: (d: ReportingDuty) => <strong>{t(`reportingDuties.${d}`)}</strong> },
        {
          title: t(`${PREFIX}.fields.rule`),
          key: 'rule',
          width: 180,
          render: (_, r) => (r.rule ? ruleText(t, r.rule) : <span className="yb-muted">{t(`${PREFIX}.notSet`)}</span>),
        },
        {
          title: t(`${PREFIX}.fields.firstDue`),
          key: 'first',
          width: 130,
          render: (_, r) =>
            r.rule ? <span className="yb-mono">{reportingDueOn(r.rule, reportingPeriodsOf(REPORTING_DUTY_CATALOGUE[r.duty].period, doc.year)[0])}</span> : null,
        },
        { title: t(`${PREFIX}.fields.source`), key: 'source', render: (_, r) => (r.rule ? <Typography.Text>{r.rule.source}</Typography.Text> : null) },
        {
          title: t(`${PREFIX}.fields.default`),
          key: 'default',
          render: (_, r) => (
            <Typography.Text type="secondary">
              {ruleText(t, REPORTING_DUTY_CATALOGUE[r.duty].due)}（{REPORTING_DUTY_CATALOGUE[r.duty].due.source}）
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
