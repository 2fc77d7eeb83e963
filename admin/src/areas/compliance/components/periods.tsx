import { type CompliancePeriodKind, parseCompliancePeriod } from '@yibao/shared';
import { DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { thisYear } from '../../../components/dates';

export const PERIOD_KINDS: readonly CompliancePeriodKind[] = ['month', 'quarter', 'year'];

/** A picked date as the period of the kind it was picked in: `2026-10`, `2026-Q3`, `2026`. */
export function periodOf(kind: CompliancePeriodKind, d: Dayjs): string {
  if (kind === 'year') return String(d.year());
  if (kind === 'quarter') return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
  return d.format('YYYY-MM');
}

/** The period in the URL when it is one (else the current year, the e2e's and the province's usual view). */
export function periodParam(text: string | null): string {
  return parseCompliancePeriod(text)?.period ?? String(thisYear());
}

/** The period as the user reads it: "2026年10月", "2026年第3季度", "2026年" (or the English form). */
export function usePeriodLabel() {
  const { t } = useTranslation();
  return (period: string): string => {
    const p = parseCompliancePeriod(period);
    if (!p) return period;
    if (p.kind === 'year') return t('compliance.period.yearValue', { year: p.year });
    if (p.kind === 'quarter') return t('compliance.period.quarterValue', { year: p.year, quarter: Number(period.slice(6)) });
    return t('compliance.period.monthValue', { year: p.year, month: Number(period.slice(5)) });
  };
}

/**
 * The period picker of the compliance pages: its kind (month, quarter, year), then a picker of that kind; a change of
 * kind keeps the year (and the quarter or month where one was picked). Labelled for screen readers and getByLabel.
 */
export function PeriodPicker({ idPrefix, period, onChange }: { idPrefix: string; period: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  const p = parseCompliancePeriod(period) ?? parseCompliancePeriod(String(thisYear()))!;
  const value = dayjs(p.from);
  const last = thisYear() + 1;
  return (
    <>
      <label htmlFor={`${idPrefix}-period-kind`}>{t('compliance.fields.periodKind')}</label>
      <Select<CompliancePeriodKind>
        id={`${idPrefix}-period-kind`}
        value={p.kind}
        style={{ width: 90 }}
        onChange={(kind) => onChange(periodOf(kind, value))}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`compliance.period.${k}`) }))}
        data-testid={`${idPrefix}-period-kind`}
      />
      <label htmlFor={`${idPrefix}-period`}>{t('compliance.fields.period')}</label>
      <DatePicker
        id={`${idPrefix}-period`}
        picker={p.kind === 'month' ? 'month' : p.kind === 'quarter' ? 'quarter' : 'year'}
        allowClear={false}
        value={value}
        disabledDate={(d) => d.year() < 2019 || d.year() > last}
        onChange={(d) => d && onChange(periodOf(p.kind, d))}
        data-testid={`${idPrefix}-period`}
      />
    </>
  );
}

/** The labelled region picker of the compliance pages' headers (the user's own region until another is chosen). */
export function RegionPicker({ idPrefix, regionCode, onChange }: { idPrefix: string; regionCode: string | undefined; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label htmlFor={`${idPrefix}-region`}>{t('compliance.fields.region')}</label>
      <RegionTreeSelect
        id={`${idPrefix}-region`}
        value={regionCode}
        allowClear={false}
        onChange={(c) => c && onChange(c)}
        style={{ width: 220 }}
        aria-label={t('compliance.fields.region')}
        data-testid={`${idPrefix}-region`}
      />
    </>
  );
}
