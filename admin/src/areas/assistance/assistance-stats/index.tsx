import { DownloadOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useCustom, useGetIdentity } from '@refinedev/core';
import { COST_WARNING_WORKFLOW, type CurrentUser, type AssistanceStatsItem as StatsItem, type AssistanceStats as StatsAnswer } from '@yibao/shared';
import { Alert, Button, Card, DatePicker, Empty, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BarChart } from '../../../components/BarChart';
import { RegionLabel } from '../../../components/RegionName';
import { RegionTreeSelect } from '../../../components/RegionTreeSelect';
import { useWorkflow } from '../../../components/WorkflowStateTag';
import { downloadCsv } from '../../../components/csv';
import { formatBp, formatFen, formatFenPlain } from '../../../components/money';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';

/** S1 §二(六): a poor inpatient's out-of-pocket share of total cost stays at or under 10 %. */
const OOP_GUARD_BP = 1000;
const STAGES = Object.keys(COST_WARNING_WORKFLOW.states);

/**
 * 三重制度统计: for a region, a year and optionally a date range, each child region's settlements, total
 * cost, OOP share, 大病 and aid ratios, in-catalogue share, zero-OOP and > 95 % counts, and warnings by stage
 * with the overdue; a bar chart of the OOP share with the 10 % line of the inpatient guard (S1).
 */
export default function AssistanceStats() {
  const { t } = useTranslation();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { stateLabel } = useWorkflow('cost-warnings');
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const year = Number(params.get('year')) || thisYear();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const set = (next: Record<string, string | undefined>) => {
    const merged = { ...Object.fromEntries(params), ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v)) as Record<string, string>);
  };
  const { result, query } = useCustom<StatsAnswer & Record<string, unknown>, ApiError>({
    url: '/assistance-stats',
    method: 'get',
    config: { query: { regionCode, year, from, to } },
    queryOptions: { enabled: Boolean(regionCode), staleTime: 0 },
    errorNotification: false,
  });
  const answer = query.isSuccess ? (result?.data as StatsAnswer | undefined) : undefined;
  const rows = useMemo(() => (answer ? [...answer.items, { ...answer.total, regionCode: `total-${answer.total.regionCode}` }] : []), [answer]);
  const bars = useMemo(
    () =>
      (answer?.items ?? []).map((i) => ({
        key: i.regionCode,
        label: i.regionName ?? i.regionCode,
        value: i.oopShareBp,
        color: i.oopShareBp !== null && i.oopShareBp > OOP_GUARD_BP ? '#cf1322' : '#1558b0',
      })),
    [answer],
  );
  const max = Math.max(2000, ...bars.map((b) => (b.value === null ? 0 : Math.ceil(b.value / 1000) * 1000)));
  const bp = (v: number | null) => <span className="yb-mono">{formatBp(v)}</span>;
  const isTotal = (r: StatsItem) => r.regionCode.startsWith('total-');

  const exportCsv = () =>
    downloadCsv(
      t('assistance-stats.csvName', { region: regionCode, year }),
      [
        t('assistance-stats.fields.region'),
        t('assistance-stats.fields.regionCode'),
        t('assistance-stats.fields.settlements'),
        t('assistance-stats.fields.totalCostYuan'),
        t('assistance-stats.fields.oopShare'),
        t('assistance-stats.fields.ciRatio'),
        t('assistance-stats.fields.aidRatio'),
        t('assistance-stats.fields.inCatalogueShare'),
        t('assistance-stats.fields.zeroOop'),
        t('assistance-stats.fields.over95'),
        ...STAGES.map(stateLabel),
        t('assistance-stats.fields.overdue'),
      ],
      rows.map((r) => [
        isTotal(r) ? t('assistance-stats.total') : r.regionName,
        isTotal(r) ? '' : r.regionCode,
        r.settlements,
        formatFenPlain(r.totalCost),
        formatBp(r.oopShareBp),
        formatBp(r.criticalIllnessRatioBp),
        formatBp(r.aidRatioBp),
        formatBp(r.inCatalogueShareBp),
        r.zeroOopCount,
        r.over95Count,
        ...STAGES.map((s) => r.warnings[s] ?? 0),
        r.warnings.overdue ?? 0,
      ]),
    );

  return (
    <List
      headerButtons={
        <Space wrap>
          <label htmlFor="stats-region">{t('assistance-stats.fields.region')}</label>
          <RegionTreeSelect
            id="stats-region"
            value={regionCode}
            allowClear={false}
            onChange={(c) => c && set({ regionCode: c })}
            style={{ width: 220 }}
            aria-label={t('assistance-stats.fields.region')}
          />
          <label htmlFor="stats-year">{t('assistance-stats.fields.year')}</label>
          <DatePicker
            id="stats-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() < 2019 || d.year() > thisYear() + 1}
            onChange={(d) => d && set({ year: String(d.year()), from: undefined, to: undefined })}
          />
          <label htmlFor="stats-range">{t('assistance-stats.fields.period')}</label>
          <DatePicker.RangePicker
            id="stats-range"
            allowEmpty={[true, true]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            disabledDate={(d) => d.year() !== year}
            onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          />
          <Button icon={<DownloadOutlined />} disabled={!rows.length} onClick={exportCsv} data-testid="stats-export">
            {t('buttons.export')}
          </Button>
        </Space>
      }
    >
      {query.error && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('assistance-stats.failed')} description={(query.error as ApiError).message} />
      )}
      <Card size="small" title={t('assistance-stats.chartTitle', { year })} style={{ marginBottom: 16 }}>
        {bars.length ? (
          <BarChart
            data-testid="stats-chart"
            bars={bars}
            min={0}
            max={max}
            format={formatBp}
            title={t('assistance-stats.chartTitle', { year })}
            emptyLabel={t('assistance-stats.none')}
            ticks={[0, max / 2, max]}
            referenceLines={[{ value: OOP_GUARD_BP, label: '10%', color: '#cf1322' }]}
          />
        ) : (
          <Empty description={query.isLoading ? t('loading') : t('assistance-stats.empty')} />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('assistance-stats.chartHint')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('assistance-stats.tableTitle')}>
        <Table<StatsItem>
          rowKey="regionCode"
          size="small"
          dataSource={rows}
          loading={query.isLoading}
          pagination={false}
          scroll={{ x: 1500 }}
          data-testid="stats-table"
          rowClassName={(r) => (isTotal(r) ? 'yb-row-total' : '')}
          columns={[
            {
              title: t('assistance-stats.fields.region'),
              dataIndex: 'regionCode',
              fixed: 'left',
              width: 170,
              render: (code: string, r) => (isTotal(r) ? t('assistance-stats.total') : <RegionLabel name={r.regionName} code={code} />),
            },
            { title: t('assistance-stats.fields.settlements'), dataIndex: 'settlements', align: 'right', sorter: (a, b) => a.settlements - b.settlements },
            {
              title: t('assistance-stats.fields.totalCostYuan'),
              dataIndex: 'totalCost',
              align: 'right',
              render: (v: number) => <span className="yb-mono">{formatFen(v)}</span>,
            },
            {
              title: t('assistance-stats.fields.oopShare'),
              dataIndex: 'oopShareBp',
              align: 'right',
              sorter: (a, b) => (a.oopShareBp ?? -1) - (b.oopShareBp ?? -1),
              render: (v: number | null) => (
                <span className="yb-mono" style={v !== null && v > OOP_GUARD_BP ? { color: '#a8071a', fontWeight: 600 } : undefined}>
                  {formatBp(v)}
                </span>
              ),
            },
            { title: t('assistance-stats.fields.ciRatio'), dataIndex: 'criticalIllnessRatioBp', align: 'right', render: bp },
            { title: t('assistance-stats.fields.aidRatio'), dataIndex: 'aidRatioBp', align: 'right', render: bp },
            { title: t('assistance-stats.fields.inCatalogueShare'), dataIndex: 'inCatalogueShareBp', align: 'right', render: bp },
            { title: t('assistance-stats.fields.zeroOop'), dataIndex: 'zeroOopCount', align: 'right' },
            { title: t('assistance-stats.fields.over95'), dataIndex: 'over95Count', align: 'right' },
            ...STAGES.map((s) => ({ title: stateLabel(s), key: s, align: 'right' as const, render: (_: unknown, r: StatsItem) => r.warnings[s] ?? 0 })),
            {
              title: t('assistance-stats.fields.overdue'),
              key: 'overdue',
              align: 'right',
              render: (_: unknown, r: StatsItem) => (r.warnings.overdue ? <span style={{ color: '#a8071a', fontWeight: 600 }}>{r.warnings.overdue}</span> : 0),
            },
          ]}
        />
      </Card>
    </List>
  );
}
