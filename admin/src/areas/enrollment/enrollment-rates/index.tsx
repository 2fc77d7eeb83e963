import { DownloadOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useCustom, useGetIdentity } from '@refinedev/core';
import {
  type CurrentUser,
  IDENTITY_CATEGORIES,
  type IdentityCategory,
  type EnrollmentRateItem as RateItem,
  type EnrollmentRates as RatesAnswer,
} from '@yibao/shared';
import { Alert, Button, Card, Empty, Select, Space, Switch, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BarChart } from '../../../components/BarChart';
import { RegionLabel } from '../../../components/RegionName';
import { downloadCsv } from '../../../components/csv';
import { formatBp } from '../../../components/money';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';
import { RegionPeriodPicker } from '../components/RegionPeriodPicker';
import { rateColumns } from '../components/rate-columns';

interface Row extends RateItem {
  key: string;
  /** rows of the same region are grouped under one region cell */
  span: number;
}

/** The chart's lower bound: a little under the lowest rate, in steps of 5 %, never above 90 %. */
function chartMin(bars: Array<number | null>): number {
  const values = bars.filter((v): v is number => v !== null);
  if (!values.length) return 9000;
  return Math.max(0, Math.min(9000, Math.floor(Math.min(...values) / 500) * 500 - 500));
}

/**
 * 参保率: for a region and year, each child region (cities of a province, counties of a city; a county
 * itself) by identity category — persons, valid exclusions, enrolled, not enrolled, the rate against its
 * target with the target's source — and a bar chart of one category's rate with the 99 % and 100 % lines.
 */
export default function EnrollmentRates() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const year = Number(params.get('year')) || thisYear();
  const [category, setCategory] = useState<IdentityCategory>('registered_poor');
  const [unmetOnly, setUnmetOnly] = useState(false);
  const set = (next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next });

  const { result, query } = useCustom<RatesAnswer & Record<string, unknown>, ApiError>({
    url: '/enrollment-rates',
    method: 'get',
    config: { query: { regionCode, year } },
    queryOptions: { enabled: Boolean(regionCode), staleTime: 0 },
  });
  const answer = query.isSuccess ? (result?.data as RatesAnswer | undefined) : undefined;
  const items = useMemo(() => answer?.items ?? [], [answer]);

  const rows = useMemo(() => {
    const shown = unmetOnly ? items.filter((i) => i.met === false) : items;
    const count = new Map<string, number>();
    for (const i of shown) count.set(i.regionCode, (count.get(i.regionCode) ?? 0) + 1);
    const seen = new Set<string>();
    return shown.map((i): Row => {
      const first = !seen.has(i.regionCode);
      seen.add(i.regionCode);
      return { ...i, key: `${i.regionCode}-${i.category}`, span: first ? count.get(i.regionCode)! : 0 };
    });
  }, [items, unmetOnly]);

  const regions = useMemo(() => [...new Map(items.map((i) => [i.regionCode, i.regionName ?? i.regionCode])).entries()], [items]);
  const bars = useMemo(
    () =>
      regions.map(([code, name]) => {
        const item = items.find((i) => i.regionCode === code && i.category === category);
        const value = item?.rateBp ?? null;
        return { key: code, label: name, value, color: item?.met === false ? '#cf1322' : '#1558b0' };
      }),
    [regions, items, category],
  );
  const min = chartMin(bars.map((b) => b.value));
  const categoriesPresent = IDENTITY_CATEGORIES.filter((c) => items.some((i) => i.category === c));
  const catLabel = t(`identityCategories.${category}`);

  const exportCsv = () =>
    downloadCsv(
      t('enrollment-rates.csvName', { region: regionCode, year }),
      [
        t('enrollment-rates.fields.region'),
        t('enrollment-rates.fields.regionCode'),
        t('enrollment-rates.fields.category'),
        t('enrollment-rates.fields.persons'),
        t('enrollment-rates.fields.validExclusions'),
        t('enrollment-rates.fields.enrolled'),
        t('enrollment-rates.fields.notEnrolled'),
        t('enrollment-rates.fields.rate'),
        t('enrollment-rates.fields.target'),
        t('enrollment-rates.fields.met'),
        t('enrollment-rates.fields.targetSource'),
      ],
      items.map((i) => [
        i.regionName,
        i.regionCode,
        t(`identityCategories.${i.category}`),
        i.persons,
        i.validExclusions,
        i.enrolled,
        i.notEnrolled,
        formatBp(i.rateBp),
        i.targetBp === null ? '' : formatBp(i.targetBp),
        i.met === null ? '' : i.met ? t('enrollment-rates.met') : t('enrollment-rates.notMet'),
        i.targetSource,
      ]),
    );

  return (
    <List
      headerButtons={
        <Space wrap>
          <RegionPeriodPicker
            idPrefix="rates"
            regionLabel={t('enrollment-rates.fields.region')}
            regionCode={regionCode}
            onRegion={(c) => set({ regionCode: c })}
            regionWidth={220}
            periodLabel={t('enrollment-rates.fields.year')}
            picker="year"
            period={dayjs(`${year}-01-01`)}
            disabledPeriod={(d) => d.year() < 2019 || d.year() > thisYear() + 1}
            onPeriod={(d) => set({ year: String(d.year()) })}
          />
          <Button icon={<DownloadOutlined />} disabled={!items.length} onClick={exportCsv} data-testid="rates-export">
            {t('buttons.export')}
          </Button>
        </Space>
      }
    >
      {query.error && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('enrollment-rates.failed')} description={(query.error as ApiError).message} />
      )}
      <Card
        size="small"
        title={t('enrollment-rates.chartTitle', { category: catLabel, year })}
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            <label htmlFor="rates-category">{t('enrollment-rates.fields.category')}</label>
            <Select<IdentityCategory>
              id="rates-category"
              value={category}
              onChange={setCategory}
              style={{ width: 190 }}
              popupMatchSelectWidth={false}
              options={(categoriesPresent.length ? categoriesPresent : IDENTITY_CATEGORIES).map((c) => ({ value: c, label: t(`identityCategories.${c}`) }))}
            />
          </Space>
        }
      >
        {bars.length ? (
          <BarChart
            data-testid="rates-chart"
            bars={bars}
            min={min}
            max={10000}
            format={formatBp}
            title={t('enrollment-rates.chartTitle', { category: catLabel, year })}
            emptyLabel={t('enrollment-rates.nobody')}
            ticks={[min, min + (10000 - min) / 2, 10000]}
            referenceLines={[
              { value: 9900, label: '99%', color: '#d46b08' },
              { value: 10000, label: '100%', color: '#cf1322' },
            ]}
          />
        ) : (
          <Empty description={query.isLoading ? t('loading') : t('enrollment-rates.empty')} />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('enrollment-rates.chartHint')}
        </Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title={t('enrollment-rates.tableTitle')}
        extra={
          <Space>
            <Switch size="small" checked={unmetOnly} onChange={setUnmetOnly} id="unmet-only" />
            <label htmlFor="unmet-only">{t('enrollment-rates.unmetOnly')}</label>
          </Space>
        }
      >
        <Table<Row>
          data-testid="rates-table"
          rowKey="key"
          size="small"
          bordered
          loading={query.isLoading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 1100 }}
          columns={[
            {
              title: t('enrollment-rates.fields.region'),
              dataIndex: 'regionCode',
              width: 200,
              onCell: (r) => ({ rowSpan: r.span }),
              render: (code: string, r) => <RegionLabel name={r.regionName} code={code} />,
            },
            { title: t('enrollment-rates.fields.category'), dataIndex: 'category', width: 170, render: (c: IdentityCategory) => t(`identityCategories.${c}`) },
            ...rateColumns<Row>(t, { metWidth: 110, source: (r) => r.targetSource }),
          ]}
        />
      </Card>
    </List>
  );
}
