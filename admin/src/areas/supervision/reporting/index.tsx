import { List } from '@refinedev/antd';
import { useCustom, useGetIdentity } from '@refinedev/core';
import {
  type CurrentUser,
  REPORTING_DUTIES,
  REPORTING_DUTY_CATALOGUE,
  type ReportingDuty,
  type ReportingRateItem as RateItem,
  type ReportingRates as RatesAnswer,
} from '@yibao/shared';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BarChart } from '../../../components/BarChart';
import { RegionLabel } from '../../../components/RegionName';
import { thisYear } from '../../../components/dates';
import type { ApiError } from '../../../providers/http';

/** tag text dark enough for the contrast check on antd's light tag fills */
const [GREEN, ORANGE, RED] = ['#237804', '#ad4e00', '#a8071a'];
const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;

/** The reporting rates of a region's children for a period (one duty, or every duty). */
function useRates(regionCode: string | undefined, period: string, duty?: ReportingDuty) {
  const { result, query } = useCustom<RatesAnswer & Record<string, unknown>, ApiError>({
    url: '/reporting-rates',
    method: 'get',
    config: { query: { regionCode, period, ...(duty ? { duty } : {}) } },
    queryOptions: { enabled: Boolean(regionCode), staleTime: 0 },
  });
  const answer = query.isSuccess ? (result?.data as RatesAnswer | undefined) : undefined;
  return { items: answer?.items ?? [], query };
}

/** One cell of the matrix: received on time, late, and missing of a duty's tasks for a region. */
function DutyCell({ item }: { item: RateItem | undefined }) {
  const { t } = useTranslation();
  if (!item || !item.expected) return <span className="yb-muted">—</span>;
  const late = item.received - item.onTime;
  const missing = item.expected - item.received;
  return (
    <Space size={2} wrap data-testid="matrix-cell">
      <Tooltip title={t('reporting-rates.onTime')}>
        <Tag color="green" style={{ color: GREEN }}>
          {item.onTime}
        </Tag>
      </Tooltip>
      <Tooltip title={t('reporting-rates.late')}>
        <Tag color={late ? 'orange' : 'default'} style={late ? { color: ORANGE } : undefined}>
          {late}
        </Tag>
      </Tooltip>
      <Tooltip title={t('reporting-rates.missing')}>
        <Tag color={missing ? 'red' : 'default'} style={missing ? { color: RED } : undefined}>
          {missing}
        </Tag>
      </Tooltip>
    </Space>
  );
}

/** A row of the matrix: one duty's rates over the regions (its own request, so each duty reads once). */
function DutyRow({ duty, regionCode, year, regions }: { duty: ReportingDuty; regionCode: string | undefined; year: number; regions: string[] }) {
  const { t } = useTranslation();
  const { items, query } = useRates(regionCode, String(year), duty);
  const byRegion = new Map(items.map((i) => [i.regionCode, i]));
  const def = REPORTING_DUTY_CATALOGUE[duty];
  return (
    <tr data-testid={`matrix-${duty}`}>
      <th scope="row" style={{ textAlign: 'left', padding: '6px 8px', whiteSpace: 'nowrap' }}>
        <Tooltip title={`${def.clause} · ${def.due.source}`}>
          <span>{t(`reportingDuties.${duty}`)}</span>
        </Tooltip>
        <div className="yb-muted" style={{ fontSize: 12, fontWeight: 'normal' }}>
          {t(`reporting-rates.periods.${def.period}`)}
        </div>
      </th>
      {regions.map((code) => (
        <td key={code} style={{ padding: '6px 8px' }}>
          {query.isLoading ? <span className="yb-muted">…</span> : <DutyCell item={byRegion.get(code)} />}
        </td>
      ))}
    </tr>
  );
}

/**
 * 报送情况: for a region and year, the duty × region matrix (received on time / late / missing per child region)
 * and completeness and timeliness by region over every duty, with a chart; a city row drills down to its counties.
 */
export default function ReportingDashboard() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const year = Number(params.get('year')) || thisYear();
  const set = (next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next });
  const { items, query } = useRates(regionCode, String(year));
  const regions = useMemo(() => items.map((i) => i.regionCode), [items]);
  const names = useMemo(() => new Map(items.map((i) => [i.regionCode, i.regionName ?? i.regionCode])), [items]);
  const bars = (value: (i: RateItem) => number | null) => items.map((i) => ({ key: i.regionCode, label: i.regionName ?? i.regionCode, value: value(i) }));

  return (
    <List
      headerButtons={
        <Space wrap>
          <label htmlFor="reporting-year">{t('reporting-rates.fields.year')}</label>
          <DatePicker
            id="reporting-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() < 2019 || d.year() > thisYear() + 1}
            onChange={(d) => d && set({ year: String(d.year()) })}
            data-testid="reporting-year"
          />
          <Link to="/reporting-due-rules" data-testid="reporting-due-rules-link">
            {t('reporting-due-rules.link')}
          </Link>
          {me && regionCode !== me.regionCode && (
            <Button onClick={() => set({ regionCode: me.regionCode })} data-testid="reporting-up">
              {t('reporting-rates.backToOwn')}
            </Button>
          )}
        </Space>
      }
    >
      {query.error && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('reporting-rates.failed')} description={(query.error as ApiError).message} />
      )}
      <Card size="small" title={t('reporting-rates.matrixTitle', { year })} style={{ marginBottom: 16 }}>
        {regions.length ? (
          // focusable: a wide matrix scrolls sideways, and a keyboard user must reach it
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('reporting-rates.matrixTitle', { year })}>
            <table className="yb-matrix" data-testid="reporting-matrix" style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th scope="col" style={{ textAlign: 'left', padding: '6px 8px' }}>
                    {t('reporting-rates.fields.duty')}
                  </th>
                  {regions.map((code) => (
                    <th key={code} scope="col" style={{ textAlign: 'left', padding: '6px 8px', whiteSpace: 'nowrap' }}>
                      {names.get(code)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {REPORTING_DUTIES.map((duty) => (
                  <DutyRow key={duty} duty={duty} regionCode={regionCode} year={year} regions={regions} />
                ))}
              </tbody>
            </table>
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
              {t('reporting-rates.matrixHint')}
            </Typography.Paragraph>
          </div>
        ) : (
          <Empty description={query.isLoading ? t('loading') : t('reporting-rates.empty')} />
        )}
      </Card>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(['completeness', 'timeliness'] as const).map((measure) => (
          <Col xs={24} xl={12} key={measure}>
            <Card size="small" title={t(`reporting-rates.fields.${measure}`)}>
              {items.length ? (
                <BarChart
                  data-testid={`reporting-${measure}-chart`}
                  bars={bars((i) => i[measure])}
                  min={0}
                  max={1}
                  format={pct}
                  title={t(`reporting-rates.chart.${measure}`, { year })}
                  emptyLabel={t('reporting-rates.nothingExpected')}
                  ticks={[0, 0.5, 1]}
                />
              ) : (
                <Empty description={query.isLoading ? t('loading') : t('reporting-rates.empty')} />
              )}
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('reporting-rates.tableTitle')}>
        <Table<RateItem>
          data-testid="reporting-table"
          rowKey="regionCode"
          size="small"
          loading={query.isLoading}
          dataSource={items}
          pagination={false}
          columns={[
            {
              title: t('reporting-rates.fields.region'),
              dataIndex: 'regionName',
              render: (name: string | null, r) =>
                r.regionCode !== regionCode ? (
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => set({ regionCode: r.regionCode })}>
                    <RegionLabel name={name} code={r.regionCode} />
                  </Button>
                ) : (
                  <RegionLabel name={name} code={r.regionCode} />
                ),
            },
            { title: t('reporting-rates.fields.expected'), dataIndex: 'expected', align: 'right' },
            { title: t('reporting-rates.fields.received'), dataIndex: 'received', align: 'right' },
            { title: t('reporting-rates.fields.onTime'), dataIndex: 'onTime', align: 'right' },
            {
              title: t('reporting-rates.fields.completeness'),
              dataIndex: 'completeness',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : pct(v)),
            },
            {
              title: t('reporting-rates.fields.timeliness'),
              dataIndex: 'timeliness',
              align: 'right',
              render: (v: number | null) => (v === null ? '—' : pct(v)),
            },
          ]}
        />
      </Card>
    </List>
  );
}
