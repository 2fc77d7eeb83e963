import { DateField, List } from '@refinedev/antd';
import { useCustom } from '@refinedev/core';
import type { ResponsibilityStatusItem as StatusItem, ResponsibilityStatusBoard as StatusAnswer } from '@yibao/shared';
import { Card, Col, DatePicker, Empty, Progress, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RegionLevelTag } from '../../../components/RegionLevelTag';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import type { ApiError } from '../../../providers/http';
import { thisYear } from '../../../components/dates';
import { LateTag, RESOURCE } from '../components/responsibility-tables';

interface BoardRow extends StatusItem {
  children?: BoardRow[];
}

type Filter = 'all' | 'late' | 'notFiled';

const NOT_CREATED = 'not_created';
const pct = (n: number, of: number) => (of ? Math.round((n / of) * 100) : 0);

const matches = (i: StatusItem, show: Filter) => show === 'all' || (show === 'late' ? i.late : !i.firstSubmittedAt);

/** Cities with their counties below (for the province), or the counties of a city; filtered rows keep their parent. */
function toTree(items: StatusItem[], show: Filter): BoardRow[] {
  const codes = new Set(items.map((i) => i.regionCode));
  const childrenOf = new Map<string, StatusItem[]>();
  for (const i of items) if (i.parentCode && codes.has(i.parentCode)) childrenOf.set(i.parentCode, [...(childrenOf.get(i.parentCode) ?? []), i]);
  return items
    .filter((i) => !i.parentCode || !codes.has(i.parentCode))
    .flatMap((top) => {
      const kids = (childrenOf.get(top.regionCode) ?? []).filter((k) => matches(k, show));
      if (!matches(top, show) && !kids.length) return [];
      return [{ ...top, children: kids.length ? kids : undefined }];
    });
}

/** Filed / approved of a city's counties, as one two-tone bar. */
function CountyProgress({ counties }: { counties: StatusItem[] }) {
  const { t } = useTranslation();
  if (!counties.length) return <span className="yb-muted">—</span>;
  const filed = counties.filter((c) => c.firstSubmittedAt).length;
  const approved = counties.filter((c) => c.state === 'approved').length;
  return (
    <div style={{ minWidth: 180 }}>
      <Progress
        percent={pct(filed, counties.length)}
        success={{ percent: pct(approved, counties.length) }}
        size="small"
        showInfo={false}
        aria-label={t('responsibility-table-status.fields.counties')}
      />
      <span className="yb-muted" style={{ fontSize: 12 }}>
        {t('responsibility-table-status.countyProgress', { filed, approved, total: counties.length })}
      </span>
    </div>
  );
}

/**
 * 填报进度: every city and county below the user with its table for the year — not created, draft,
 * submitted, returned or approved — and who is late; counts at the top, cities expandable to counties.
 */
export default function ResponsibilityTableStatus() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  const [show, setShow] = useState<Filter>('all');
  const { result, query } = useCustom<StatusAnswer & Record<string, unknown>, ApiError>({
    url: '/responsibility-tables/status',
    method: 'get',
    config: { query: { year } },
    queryOptions: { staleTime: 0 },
  });
  const answer = query.isSuccess ? (result?.data as StatusAnswer | undefined) : undefined;
  const all = useMemo(() => answer?.items ?? [], [answer]);
  const tree = useMemo(() => toTree(all, show), [all, show]);
  const countiesOf = useMemo(() => {
    const map = new Map<string, StatusItem[]>();
    for (const i of all) if (i.parentCode) map.set(i.parentCode, [...(map.get(i.parentCode) ?? []), i]);
    return map;
  }, [all]);
  // The province sees cities with counties below them; a city sees only its counties.
  const hasNesting = all.some((i) => i.level === 'city') && all.some((i) => i.level === 'county');
  const s = answer?.summary;

  return (
    <List
      headerButtons={
        <Space>
          <label htmlFor="status-year">{t('responsibility-tables.fields.year')}</label>
          <DatePicker
            id="status-year"
            picker="year"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) => d.year() < 2019 || d.year() > thisYear() + 1}
            onChange={(d) => d && setParams({ year: String(d.year()) })}
            data-testid="status-year"
          />
        </Space>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="status-summary">
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('responsibility-table-status.summary.total')} value={s?.total ?? 0} loading={query.isLoading} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t('responsibility-table-status.summary.filed')}
              value={s?.filed ?? 0}
              suffix={s ? `/ ${s.total}` : undefined}
              loading={query.isLoading}
            />
            <Progress percent={pct(s?.filed ?? 0, s?.total ?? 0)} size="small" aria-label={t('responsibility-table-status.summary.filed')} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t('responsibility-table-status.summary.approved')}
              value={s?.approved ?? 0}
              suffix={s ? `/ ${s.total}` : undefined}
              valueStyle={{ color: '#237804' }}
              loading={query.isLoading}
            />
            <Progress
              percent={pct(s?.approved ?? 0, s?.total ?? 0)}
              size="small"
              strokeColor="#389e0d"
              format={(p) => `${p}%`}
              aria-label={t('responsibility-table-status.summary.approved')}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title={t('responsibility-table-status.summary.late')} value={s?.late ?? 0} valueStyle={{ color: '#cf1322' }} loading={query.isLoading} />
            {answer && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('responsibility-table-status.due', { date: answer.dueDate })}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('responsibility-table-status.units')}
        extra={
          <Segmented<Filter>
            value={show}
            onChange={setShow}
            options={[
              { value: 'all', label: t('responsibility-table-status.show.all') },
              { value: 'late', label: t('responsibility-table-status.show.late') },
              { value: 'notFiled', label: t('responsibility-table-status.show.notFiled') },
            ]}
          />
        }
      >
        {answer && !all.length ? (
          <Empty description={t('responsibility-table-status.noUnits')} />
        ) : (
          <Table<BoardRow>
            data-testid="status-table"
            rowKey="regionCode"
            size="small"
            loading={query.isLoading}
            dataSource={tree}
            pagination={false}
            scroll={{ x: 1000 }}
            expandable={{ indentSize: 24 }}
            columns={[
              {
                title: t('responsibility-table-status.fields.unit'),
                dataIndex: 'regionName',
                render: (name: string, r) => (
                  <Space size={6}>
                    <span>{name}</span>
                    <span className="yb-muted yb-mono">{r.regionCode}</span>
                    <RegionLevelTag level={r.level} />
                  </Space>
                ),
              },
              {
                title: t('responsibility-tables.fields.state'),
                dataIndex: 'state',
                width: 150,
                render: (state: string) =>
                  state === NOT_CREATED ? <Tag>{t('responsibility-tables.notCreated')}</Tag> : <WorkflowStateTag resource={RESOURCE} state={state} />,
              },
              {
                title: t('responsibility-tables.fields.late'),
                dataIndex: 'late',
                width: 110,
                render: (late: boolean, r) =>
                  late ? <LateTag late filed={Boolean(r.firstSubmittedAt)} dueDate={r.dueDate} /> : <span className="yb-muted">—</span>,
              },
              {
                title: t('responsibility-tables.fields.firstSubmittedAt'),
                dataIndex: 'firstSubmittedAt',
                width: 150,
                render: (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD" /> : <span className="yb-muted">—</span>),
              },
              {
                title: t('responsibility-tables.fields.approvedAt'),
                dataIndex: 'approvedAt',
                width: 150,
                render: (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD" /> : <span className="yb-muted">—</span>),
              },
              ...(hasNesting
                ? [
                    {
                      title: t('responsibility-table-status.fields.counties'),
                      key: 'counties',
                      width: 220,
                      render: (_: unknown, r: BoardRow) => (r.level === 'city' ? <CountyProgress counties={countiesOf.get(r.regionCode) ?? []} /> : null),
                    },
                  ]
                : []),
              {
                title: t('table.actions'),
                key: 'open',
                width: 90,
                render: (_, r) => (r.tableId ? <Link to={`/responsibility-tables/show/${r.tableId}`}>{t('buttons.show')}</Link> : null),
              },
            ]}
          />
        )}
      </Card>
    </List>
  );
}
