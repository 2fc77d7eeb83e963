import { List } from '@refinedev/antd';
import { useCustom, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, FRAUD_CASE_STATES, FRAUD_CAUSES, FRAUD_PARTY_TYPES, type FraudStats } from '@yibao/shared';
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type Bar, BarChart } from '../../../components/BarChart';
import { RegionLabel } from '../../../components/RegionName';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useWorkflow } from '../../../components/WorkflowStateTag';
import { thisYear } from '../../../components/dates';
import { formatFen } from '../../../components/money';
import type { ApiError } from '../../../providers/http';
import { CASES } from '../components/codes';

/** A count bar chart's value axis: up to the largest count, at least 1. */
function countChart(bars: Bar[]) {
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  return { min: 0, max, ticks: [0, Math.ceil(max / 2), max], format: (v: number) => String(Math.round(v)) };
}

type RegionRow = FraudStats['byRegion'][number];

/**
 * 案件统计 (`GET /api/fraud-stats?regionCode=&year=`): for a region and the filing year, the cases, the amounts involved,
 * decided and collected, the cases past their decision deadline and the median days to a decision; bars by cause, by
 * state and by party type (plain SVG, no chart library), and the child regions as a table.
 */
export default function FraudStatsPage() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { stateLabel, stateColor } = useWorkflow(CASES);
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const year = Number(params.get('year')) || thisYear();
  const set = (next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next });
  const { result, query } = useCustom<FraudStats & Record<string, unknown>, ApiError>({
    url: '/fraud-stats',
    method: 'get',
    config: { query: { regionCode, year } },
    queryOptions: { enabled: Boolean(regionCode), staleTime: 0 },
    errorNotification: false,
  });
  const s = query.isSuccess ? (result?.data as FraudStats | undefined) : undefined;
  const causeBars: Bar[] = FRAUD_CAUSES.filter((c) => (s?.byCause[c] ?? 0) > 0)
    .map((c) => ({ key: c, label: t(`fraudCauses.${c}`), value: s?.byCause[c] ?? 0 }))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const stateBars: Bar[] = FRAUD_CASE_STATES.map((st) => ({
    key: st,
    label: stateLabel(st),
    value: s?.byState[st] ?? 0,
    color: stateColor(st) === 'success' ? '#389e0d' : stateColor(st) === 'warning' ? '#d48806' : undefined,
  }));
  const partyBars: Bar[] = FRAUD_PARTY_TYPES.map((p) => ({ key: p, label: t(`fraudPartyTypes.${p}`), value: s?.byPartyType[p] ?? 0 }));
  const chart = (title: string, bars: Bar[], testId: string) => (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      {s && bars.some((b) => (b.value ?? 0) > 0) ? (
        <BarChart data-testid={testId} bars={bars} {...countChart(bars)} title={title} emptyLabel={t('fraud-stats.none')} />
      ) : (
        <Empty description={query.isLoading ? t('loading') : t('fraud-stats.empty')} />
      )}
    </Card>
  );
  return (
    <List
      headerButtons={
        <Space wrap>
          <label htmlFor="fraud-stats-region">{t('fraud-stats.fields.region')}</label>
          <RegionTreeSelect
            id="fraud-stats-region"
            value={regionCode}
            allowClear={false}
            onChange={(c) => c && set({ regionCode: c })}
            style={{ width: 220 }}
            aria-label={t('fraud-stats.fields.region')}
          />
          <label htmlFor="fraud-stats-year">{t('fraud-stats.fields.year')}</label>
          <DatePicker
            id="fraud-stats-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() < 2019 || d.year() > thisYear()}
            onChange={(d) => d && set({ year: String(d.year()) })}
          />
          <Link to="/fraud-parameters" data-testid="fraud-parameters-link">
            {t('fraud-parameters.link')}
          </Link>
        </Space>
      }
    >
      {query.error && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('fraud-stats.failed')} description={(query.error as ApiError).message} />
      )}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="fraud-stats-cards">
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('fraud-stats.cases')} value={s?.cases ?? '—'} loading={query.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('fraud-stats.amountInvolved')} value={s ? formatFen(s.amounts.involved) : '—'} loading={query.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('fraud-stats.amountDecided')} value={s ? formatFen(s.amounts.decided) : '—'} loading={query.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={t('fraud-stats.amountCollected')} value={s ? formatFen(s.amounts.collected) : '—'} loading={query.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('fraud-stats.overdue')}
              value={s?.overdue ?? '—'}
              valueStyle={s?.overdue ? { color: '#a8071a' } : undefined}
              loading={query.isLoading}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title={t('fraud-stats.medianDays')}
              value={s?.medianDaysToDecision ?? '—'}
              suffix={s?.medianDaysToDecision !== null && s ? t('fraud-stats.daysUnit') : undefined}
              loading={query.isLoading}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          {chart(t('fraud-stats.byCause', { year }), causeBars, 'fraud-stats-by-cause')}
        </Col>
        <Col xs={24} xl={12}>
          {chart(t('fraud-stats.byState', { year }), stateBars, 'fraud-stats-by-state')}
          {chart(t('fraud-stats.byPartyType', { year }), partyBars, 'fraud-stats-by-party')}
        </Col>
      </Row>
      <Card size="small" title={t('fraud-stats.byRegion')}>
        <Table<RegionRow>
          rowKey="regionCode"
          size="small"
          dataSource={s?.byRegion ?? []}
          loading={query.isLoading}
          pagination={false}
          data-testid="fraud-stats-regions"
          columns={[
            { title: t('fraud-stats.fields.region'), dataIndex: 'regionCode', render: (code: string, r) => <RegionLabel name={r.regionName} code={code} /> },
            { title: t('fraud-stats.cases'), dataIndex: 'cases', align: 'right', sorter: (a, b) => a.cases - b.cases },
            {
              title: t('fraud-stats.overdue'),
              dataIndex: 'overdue',
              align: 'right',
              render: (v: number) => (v ? <span style={{ color: '#a8071a', fontWeight: 600 }}>{v}</span> : 0),
            },
            {
              title: t('fraud-stats.amountDecided'),
              dataIndex: 'amountDecided',
              align: 'right',
              render: (v: number) => <span className="yb-mono">{formatFen(v)}</span>,
            },
          ]}
        />
      </Card>
    </List>
  );
}
