import { FileSearchOutlined } from '@ant-design/icons';
import { useCan } from '@refinedev/core';
import type { ComplianceCellExplanation } from '@yibao/shared';
import { Alert, Descriptions, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { type CellRef, cellPath, useCellExplanation } from './api';
import { drillDownUrl } from './drillDown';
import { CellFollowUps } from './FollowUps';
import { usePeriodLabel } from './periods';
import { ChangedSinceFrozenMark, StatusBadge, TrendArrow, formatComplianceValue, formatThreshold } from './status';
import { TrendChart } from './TrendChart';

/** What the drawer shows once the explanation has arrived. */
function Explanation({ cell, x }: { cell: CellRef; x: ComplianceCellExplanation }) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data: canExport } = useCan({ resource: 'compliance', action: 'export' });
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const def = x.indicator;
  const c = x.cell;
  const fmt = (v: number | null | undefined) => formatComplianceValue(def, v);
  const line = formatThreshold(def, c?.threshold ?? def.target.threshold);
  // whether the list shows the numerator's records or the rest of the denominator (the not-enrolled of an enrolment rate)
  const shows = (def.drillDown as { shows?: 'numerator' | 'complement' }).shows;
  return (
    <>
      <Space wrap size={[16, 4]} style={{ marginBottom: 12 }}>
        {c ? <StatusBadge status={c.status} /> : <StatusBadge status="no_data" />}
        <Typography.Text strong style={{ fontSize: 20 }} data-testid="compliance-cell-value">
          {fmt(c?.value)}
        </Typography.Text>
        {c && <TrendArrow arrow={c.arrow} highIsGood={def.highIsGood} previous={fmt(c.previousValue)} />}
        {c?.frozen && <Tag color="blue">{t('compliance.frozen')}</Tag>}
        {c?.changedSinceFrozen && (
          <span>
            <ChangedSinceFrozenMark /> {t('compliance.changedSinceFrozen')}
          </span>
        )}
      </Space>
      <Descriptions size="small" column={1} bordered data-testid="compliance-cell-figures">
        <Descriptions.Item label={t('compliance.explain.numerator')}>
          <div>{def.numerator[lang]}</div>
          <Typography.Text strong data-testid="compliance-cell-numerator">
            {c ? c.numerator.toLocaleString('zh-CN') : '—'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.explain.denominator')}>
          <div>{def.denominator[lang]}</div>
          <Typography.Text strong data-testid="compliance-cell-denominator">
            {c ? c.denominator.toLocaleString('zh-CN') : '—'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.explain.formula')}>
          {t(def.measure === 'rate' ? 'compliance.explain.rateFormula' : 'compliance.explain.countFormula')}
        </Descriptions.Item>
        <Descriptions.Item label={t('compliance.explain.threshold')}>
          <Space wrap>
            <span data-testid="compliance-cell-threshold">{line}</span>
            {def.amberBand > 0 && <span className="yb-muted">{t('compliance.explain.amberBand', { band: fmt(def.amberBand) })}</span>}
            <span className="yb-muted">{t(def.highIsGood ? 'compliance.explain.highIsGood' : 'compliance.explain.lowIsGood')}</span>
          </Space>
          {def.target.source && <div className="yb-muted">{t('compliance.explain.targetSource', { source: def.target.source })}</div>}
        </Descriptions.Item>
        {c?.changedSinceFrozen && (
          <Descriptions.Item label={t('compliance.explain.live')}>
            {t('compliance.explain.liveFigures', {
              numerator: c.liveNumerator ?? '—',
              denominator: c.liveDenominator ?? '—',
            })}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('compliance.explain.source')}>
          <div>
            {def.source.document} {def.source.clause && t('compliance.explain.clause', { clause: def.source.clause })}
          </div>
          <blockquote style={{ margin: '4px 0 0', paddingLeft: 8, borderLeft: '3px solid #d9d9d9', color: '#262626' }} data-testid="compliance-cell-source">
            {def.source.text}
          </blockquote>
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('compliance.explain.trend', { count: x.trend.length })}
      </Typography.Title>
      <TrendChart
        points={x.trend}
        format={fmt}
        threshold={c?.threshold ?? def.target.threshold}
        thresholdLabel={line}
        title={t('compliance.explain.trendTitle', { indicator: t(`complianceIndicators.${def.id}`), region: x.regionName })}
        emptyLabel={t('complianceStatuses.no_data')}
      />
      <Table
        size="small"
        rowKey="period"
        pagination={false}
        dataSource={x.trend}
        style={{ marginTop: 8 }}
        scroll={{ x: true }}
        data-testid="compliance-trend-table"
        columns={[
          { title: t('compliance.fields.period'), dataIndex: 'period', render: (p: string) => periodLabel(p) },
          { title: t('compliance.explain.numeratorShort'), dataIndex: 'numerator', align: 'right' },
          { title: t('compliance.explain.denominatorShort'), dataIndex: 'denominator', align: 'right' },
          { title: t('compliance.fields.value'), dataIndex: 'value', align: 'right', render: (v: number | null) => fmt(v) },
          {
            title: t('compliance.fields.status'),
            dataIndex: 'status',
            render: (s: ComplianceCellExplanation['trend'][number]['status']) => <StatusBadge status={s} compact />,
          },
        ]}
      />

      <Space wrap style={{ marginTop: 16 }}>
        <Link to={drillDownUrl(x.drillDown)} data-testid="compliance-drill-down" style={{ fontWeight: 600 }}>
          <FileSearchOutlined aria-hidden="true" />{' '}
          {t('compliance.explain.drillDown', { list: t(`${x.drillDown.resource}.${x.drillDown.resource}`, { defaultValue: x.drillDown.resource }) })}
        </Link>
        {canExport?.can && (
          <FileDownloadButton
            path={`${cellPath(cell)}/export`}
            fallbackName={`${cell.indicatorId}-${cell.regionCode}-${cell.period}.xlsx`}
            label={t('compliance.explain.exportRecords')}
            testId="compliance-cell-export"
          />
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
        {t(shows === 'complement' ? 'compliance.explain.drillDownComplement' : 'compliance.explain.drillDownHint')}
      </Typography.Paragraph>

      <CellFollowUps
        cell={cell}
        defaultTitle={t('compliance-actions.defaultTitle', { region: x.regionName, indicator: t(`complianceIndicators.${def.id}`) })}
      />
    </>
  );
}

/**
 * A cell's explanation (`GET /api/compliance/cells/:regionCode/:period/:indicatorId`): the formula in words with the
 * numerator and denominator, the line and the clause it comes from, the trend as a chart and a table, the link to
 * exactly the numerator's records, and the follow-up on the cell (comments, actions, a rectification item).
 */
export function CellDrawer({ cell, onClose }: { cell: CellRef | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data, error, isLoading } = useCellExplanation(cell);
  const indicatorLabel = cell ? t(`complianceIndicators.${cell.indicatorId}`) : '';
  return (
    <Drawer
      open={Boolean(cell)}
      onClose={onClose}
      width={760}
      destroyOnHidden
      title={
        cell && (
          <span data-testid="compliance-drawer-title">
            {cell.indicatorId} {indicatorLabel} · {data?.regionName ?? cell.regionCode} · {periodLabel(cell.period)}
          </span>
        )
      }
      data-testid="compliance-drawer"
    >
      {cell && error && <Alert type="error" showIcon message={t('compliance.explain.failed')} description={error.message} />}
      {cell && isLoading && <Skeleton active />}
      {cell && data && <Explanation cell={cell} x={data} />}
    </Drawer>
  );
}
