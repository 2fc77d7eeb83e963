import { InboxOutlined, ScheduleOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import { COMPLIANCE_INDICATORS, type CurrentUser } from '@yibao/shared';
import { Alert, Card, Col, Empty, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listUrl } from '../../../components/listUrl';
import { RegionLabel } from '../../../components/RegionName';
import type { ComplianceHome } from '@yibao/shared';
import { useComplianceHome, useIndicators } from '../components/api';
import { ActionStatusTag, OverdueTag } from '../components/FollowUps';
import { RegionPicker, usePeriodLabel } from '../components/periods';
import { STATUS_STYLE, StatusBadge, formatComplianceValue, formatThreshold } from '../components/status';
import { Sparkline } from '../components/TrendChart';

const scorecardUrl = (regionCode: string, period: string, cell?: string) =>
  `/compliance?${new URLSearchParams({ regionCode, period, ...(cell ? { cell } : {}) }).toString()}`;

/** The headline indicators: value, status, the line, a sparkline of the trend; each opens its cell on the scorecard. */
function Headline({ home }: { home: ComplianceHome }) {
  const { t } = useTranslation();
  const indicators = useIndicators(home.regionCode, Number(home.period.slice(0, 4)));
  const lines = new Map((indicators.data ?? []).map((i) => [i.id, i.target.threshold]));
  if (!home.headline.length) return <Empty description={t('compliance-home.noFigures')} />;
  return (
    <Row gutter={[12, 12]} data-testid="compliance-home-headline">
      {home.headline.map((h) => {
        const def = COMPLIANCE_INDICATORS[h.indicatorId];
        const status = h.current?.status ?? 'no_data';
        const s = STATUS_STYLE[status];
        const line = lines.get(h.indicatorId) ?? def.threshold;
        const label = t(`complianceIndicators.${h.indicatorId}`);
        return (
          <Col key={h.indicatorId} xs={24} sm={12} lg={8} xl={6}>
            <Link to={scorecardUrl(home.regionCode, home.period, `${home.regionCode}:${h.indicatorId}`)} data-testid={`headline-${h.indicatorId}`}>
              <Card size="small" hoverable style={{ borderColor: s.border, background: s.background, height: '100%' }}>
                <Typography.Text style={{ color: '#262626', fontSize: 12 }}>
                  {h.indicatorId} {label}
                </Typography.Text>
                <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 4 }} align="end">
                  <div>
                    <div style={{ fontSize: 22, fontWeight: 600, color: s.text }}>{formatComplianceValue(def, h.current?.value)}</div>
                    <StatusBadge status={status} compact />
                    <div className="yb-muted" style={{ fontSize: 12 }}>
                      {t('compliance-home.line', { line: formatThreshold(def, line) })}
                    </div>
                  </div>
                  <Sparkline points={h.trend} label={t('compliance-home.sparkline', { indicator: label, count: h.trend.length })} />
                </Space>
              </Card>
            </Link>
          </Col>
        );
      })}
    </Row>
  );
}

/**
 * 合规概览 — where the province lands (cities and counties get the same page for their subtree): the headline
 * indicators with sparklines, the child regions ranked by red cells, the inbox and overdue counts, the open follow-up
 * actions. Each figure leads to its page (the scorecard's cell, the inbox, the actions list).
 */
export default function ComplianceHomePage() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data: me } = useGetIdentity<CurrentUser>();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const { data: home, error, isLoading } = useComplianceHome(regionCode);
  const actionsUrl = (overdue?: boolean) =>
    listUrl('/compliance-actions', [
      { field: 'status', operator: 'eq', value: 'open' },
      { field: 'overdue', operator: 'eq', value: overdue ? 'true' : undefined },
    ]);
  return (
    <List
      title={t('compliance-home.titles.list')}
      headerButtons={
        <Space wrap>
          <RegionPicker idPrefix="home" regionCode={regionCode} onChange={(c) => setParams({ regionCode: c })} />
        </Space>
      }
    >
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('compliance-home.failed')} description={error.message} />}
      {isLoading && <Card loading />}
      {home && (
        <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="compliance-home">
          <Typography.Text type="secondary">
            {t('compliance-home.asOf', { period: periodLabel(home.period) })}{' '}
            <Link to={scorecardUrl(home.regionCode, home.period)} data-testid="compliance-home-scorecard">
              {t('compliance-home.openScorecard')}
            </Link>
          </Typography.Text>
          <Row gutter={[12, 12]}>
            <Col xs={12} md={6}>
              <Link to="/inbox">
                <Card size="small" hoverable>
                  <Statistic title={t('compliance-home.inbox')} value={home.inbox.total} prefix={<InboxOutlined aria-hidden="true" />} />
                </Card>
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to="/inbox">
                <Card size="small" hoverable>
                  <Statistic
                    title={t('compliance-home.inboxOverdue')}
                    value={home.inbox.overdue}
                    valueStyle={home.inbox.overdue ? { color: '#a8071a' } : undefined}
                  />
                </Card>
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={actionsUrl()}>
                <Card size="small" hoverable>
                  <Statistic title={t('compliance-home.openActions')} value={home.openActions.total} prefix={<ScheduleOutlined aria-hidden="true" />} />
                </Card>
              </Link>
            </Col>
            <Col xs={12} md={6}>
              <Link to={actionsUrl(true)}>
                <Card size="small" hoverable>
                  <Statistic
                    title={t('compliance-home.overdueActions')}
                    value={home.openActions.overdue}
                    valueStyle={home.openActions.overdue ? { color: '#a8071a' } : undefined}
                  />
                </Card>
              </Link>
            </Col>
          </Row>
          <Card size="small" title={t('compliance-home.headline', { region: home.regionName ?? home.regionCode, period: periodLabel(home.period) })}>
            <Headline home={home} />
          </Card>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('compliance-home.ranking')}>
                <Table
                  size="small"
                  rowKey="regionCode"
                  pagination={false}
                  dataSource={home.children}
                  data-testid="compliance-home-ranking"
                  locale={{ emptyText: t('compliance-home.noChildren') }}
                  columns={[
                    { title: t('compliance-home.rank'), key: 'rank', width: 50, render: (_, __, i) => i + 1 },
                    {
                      title: t('compliance.fields.region'),
                      dataIndex: 'regionCode',
                      render: (code: string, r) => (
                        <Link to={scorecardUrl(code, home.period)}>
                          <RegionLabel name={r.regionName} code={code} />
                        </Link>
                      ),
                    },
                    {
                      title: t('compliance-home.redCells'),
                      dataIndex: 'redCells',
                      align: 'right',
                      render: (n: number) =>
                        n > 0 ? (
                          <Tag color="error" style={{ color: '#a8071a', marginInlineEnd: 0 }}>
                            {t('compliance.redCount', { count: n })}
                          </Tag>
                        ) : (
                          0
                        ),
                    },
                    { title: t('compliance-home.amberCells'), dataIndex: 'amberCells', align: 'right' },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('compliance-home.actions')} extra={<Link to={actionsUrl()}>{t('compliance-home.allActions')}</Link>}>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={home.openActions.items}
                  data-testid="compliance-home-actions"
                  locale={{ emptyText: t('compliance-actions.none') }}
                  scroll={{ x: true }}
                  columns={[
                    {
                      title: t('compliance-actions.fields.title'),
                      dataIndex: 'title',
                      render: (title: string, a) => <Link to={scorecardUrl(a.regionCode, a.period, `${a.regionCode}:${a.indicatorId}`)}>{title}</Link>,
                    },
                    {
                      title: t('compliance-actions.fields.responsibleRegion'),
                      dataIndex: 'responsibleRegionName',
                      render: (n: string | null, a) => n ?? a.responsibleRegionCode,
                    },
                    { title: t('compliance-actions.fields.dueOn'), dataIndex: 'dueOn', width: 110 },
                    {
                      title: t('compliance-actions.fields.status'),
                      dataIndex: 'status',
                      render: (s: ComplianceHome['openActions']['items'][number]['status'], a) => (
                        <Space size={4} wrap>
                          <ActionStatusTag status={s} />
                          <OverdueTag overdue={a.overdue} />
                        </Space>
                      ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </List>
  );
}
