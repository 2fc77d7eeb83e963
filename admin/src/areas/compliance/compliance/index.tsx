import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useCan, useGetIdentity } from '@refinedev/core';
import {
  COMPLIANCE_AREA_CODES,
  COMPLIANCE_INDICATORS,
  type ComplianceCell,
  type ComplianceIndicatorId,
  type ComplianceIndicatorItem,
  type ComplianceScorecardRow,
  type CurrentUser,
  parseCompliancePeriod,
} from '@yibao/shared';
import { Alert, Button, Card, Select, Space, Switch, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { type Key, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { HEADER_HEIGHT } from '../../../components/AppShell';
import { FileDownloadButton } from '../../../components/DownloadButton';
import { RegionLabel } from '../../../components/RegionName';
import { CellDrawer } from '../components/CellDrawer';
import { type ScorecardOptions, useExpandedScorecards, useIndicators, useScorecard } from '../components/api';
import { PeriodPicker, RegionPicker, periodParam, usePeriodLabel } from '../components/periods';
import { cellParam, indicatorGroups } from '../components/scorecard';
import { ChangedSinceFrozenMark, STATUS_STYLE, StatusBadge, StatusLegend, TrendArrow, formatComplianceValue, formatThreshold } from '../components/status';
import { FreezeButton, RunButton } from './toolbar';
import './scorecard.css';
import { listUrl } from '../../../components/listUrl';

/** A row of the table: a region of the tree, or the placeholder under a row whose children are being read. */
interface TreeRow extends Partial<ComplianceScorecardRow> {
  key: string;
  loading?: boolean;
  children?: TreeRow[];
}

const TOP_BOTTOM = ['', 'top:3', 'top:5', 'top:10', 'bottom:3', 'bottom:5', 'bottom:10'] as const;

/** One cell: value, status (icon and text on its tint), the arrow, the "changed since frozen" mark, follow-up counts. */
function ScoreCell({ row, id, cell, onOpen }: { row: TreeRow; id: ComplianceIndicatorId; cell: ComplianceCell | undefined; onOpen: () => void }) {
  const { t } = useTranslation();
  const def = COMPLIANCE_INDICATORS[id];
  const status = cell?.status ?? 'no_data';
  const s = STATUS_STYLE[status];
  const value = formatComplianceValue(def, cell?.value);
  const label = t('compliance.cellLabel', {
    region: row.regionName ?? row.regionCode,
    indicator: t(`complianceIndicators.${id}`),
    value,
    status: t(`complianceStatuses.${status}`),
  });
  return (
    <button
      type="button"
      className="yb-score-cell"
      style={{ background: s.background, borderColor: s.border, color: s.text }}
      onClick={onOpen}
      aria-label={label}
      title={label}
      data-testid={`cell-${row.regionCode}-${id}`}
      data-status={status}
    >
      <span className="yb-score-value">{value}</span>
      <span className="yb-score-marks">
        <StatusBadge status={status} compact />
        {cell && <TrendArrow arrow={cell.arrow} highIsGood={def.highIsGood} previous={formatComplianceValue(def, cell.previousValue)} />}
        {cell?.changedSinceFrozen && <ChangedSinceFrozenMark />}
        {cell && cell.openActions > 0 && (
          <span className="yb-score-count" aria-label={t('compliance.openActions', { count: cell.openActions })}>
            ⚑{cell.openActions}
          </span>
        )}
        {cell && cell.comments > 0 && (
          <span className="yb-score-count" aria-label={t('compliance.comments', { count: cell.comments })}>
            ✎{cell.comments}
          </span>
        )}
      </span>
    </button>
  );
}

/** The rows as a tree: the asked region on top, its children under it, the children of each expanded child under that. */
function buildTree(rows: ComplianceScorecardRow[], expanded: Map<string, ComplianceScorecardRow[] | undefined>): TreeRow[] {
  const nodes = new Map<string, TreeRow>();
  const top: TreeRow[] = [];
  const place = (r: ComplianceScorecardRow) => {
    if (nodes.has(r.regionCode)) return;
    const node: TreeRow = { ...r, key: r.regionCode };
    nodes.set(r.regionCode, node);
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else top.push(node);
  };
  rows.forEach(place);
  for (const [code, children] of expanded) {
    const node = nodes.get(code);
    if (!node) continue;
    if (children === undefined) node.children = [{ key: `${code}~loading`, loading: true }];
    else children.filter((c) => c.regionCode !== code).forEach(place);
  }
  // a row that has children nobody read yet still shows its expand button (a placeholder child)
  for (const node of nodes.values()) if (node.hasChildren && !node.children) node.children = [{ key: `${node.key}~more`, loading: true }];
  return top;
}

/**
 * 合规记分卡 (issue 18; HISP's interactive scorecard, policy-modules §4.2): for a region and a period, the region and
 * its children in rows (expand a row to its children), the indicators in columns grouped by area, each cell its value,
 * status (icon and text on its colour), the arrow against the previous period and the "changed since frozen" mark; the
 * legend; filters (area, only red, top/bottom N); the average row. A cell opens its explanation. Run now, freeze the
 * period, export XLSX, the annual report (a year), print.
 */
export default function Scorecard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periodLabel = usePeriodLabel();
  const { data: me } = useGetIdentity<CurrentUser>();
  const { data: canExport } = useCan({ resource: 'compliance', action: 'export' });
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const period = periodParam(params.get('period'));
  const year = parseCompliancePeriod(period)!.year;
  const options: ScorecardOptions = {
    area: params.get('area') ?? undefined,
    onlyRed: params.get('onlyRed') === 'true',
    top: Number(params.get('top')) || undefined,
    bottom: Number(params.get('bottom')) || undefined,
  };
  const open = cellParam(params.get('cell'));
  const set = (next: Record<string, string | undefined>) => {
    const merged: Record<string, string> = Object.fromEntries(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === '') delete merged[k];
      else merged[k] = v;
    }
    setParams(merged);
  };

  const scorecard = useScorecard(regionCode, period, options);
  const indicators = useIndicators(regionCode, year);
  const lines = useMemo(() => new Map((indicators.data ?? []).map((i): [string, ComplianceIndicatorItem] => [i.id, i])), [indicators.data]);
  // null: as the page opens (the asked region open on its children)
  const [expandedKeys, setExpandedKeys] = useState<readonly Key[] | null>(null);
  const answer = scorecard.data;
  const rootKeys = useMemo(() => (answer ? answer.rows.filter((r) => r.depth === 0).map((r) => r.regionCode) : []), [answer]);
  const shownKeys = expandedKeys ?? rootKeys;
  // the first level below the asked region comes with it; each deeper row opened is read on its own (one level down)
  const loadCodes = useMemo(() => shownKeys.map(String).filter((k) => !rootKeys.includes(k)), [shownKeys, rootKeys]);
  const expandedAnswers = useExpandedScorecards(loadCodes, period, options);
  const rows = useMemo(() => {
    if (!answer) return [];
    const expanded = new Map(loadCodes.map((code, i) => [code, expandedAnswers[i]?.data?.rows] as const));
    return buildTree(answer.rows, expanded);
  }, [answer, loadCodes, expandedAnswers]);

  const groups = indicatorGroups(answer?.indicators ?? []);
  const leafIds = groups.flatMap((g) => g.ids);
  const openCell = (row: TreeRow, id: ComplianceIndicatorId) => set({ cell: `${row.regionCode}:${id}` });

  const columns: TableColumnsType<TreeRow> = [
    {
      title: t('compliance.fields.region'),
      key: 'region',
      fixed: 'left',
      width: 260,
      render: (_, r) =>
        r.loading ? (
          <span className="yb-muted">{t('loading')}</span>
        ) : (
          <Space size={4} wrap={false} style={{ whiteSpace: 'nowrap' }}>
            <RegionLabel name={r.regionName} code={r.regionCode!} />
            {(r.redCount ?? 0) > 0 && (
              <Tag color="error" style={{ color: '#a8071a' }} data-testid="compliance-red-count">
                {t('compliance.redCount', { count: r.redCount })}
              </Tag>
            )}
          </Space>
        ),
    },
    ...groups.map((g) => ({
      title: t(`complianceAreas.${g.area}`),
      key: g.area,
      children: g.ids.map((id) => {
        const def = COMPLIANCE_INDICATORS[id];
        const line = lines.get(id)?.target;
        return {
          key: id,
          width: 130,
          title: (
            <Tooltip title={line ? t('compliance.lineInForce', { line: formatThreshold(def, line.threshold) }) : undefined}>
              <div className="yb-score-head">
                <span className="yb-mono">{id}</span>
                <span>{t(`complianceIndicators.${id}`)}</span>
              </div>
            </Tooltip>
          ),
          render: (_: unknown, r: TreeRow) => (r.loading ? null : <ScoreCell row={r} id={id} cell={r.cells?.[id]} onOpen={() => openCell(r, id)} />),
        };
      }),
    })),
  ];

  const topBottom = options.top ? `top:${options.top}` : options.bottom ? `bottom:${options.bottom}` : '';
  const printQuery = new URLSearchParams(Object.entries({ regionCode: regionCode ?? '', period, ...Object.fromEntries(params) }).filter(([k]) => k !== 'cell'));

  return (
    <List
      title={t('compliance.titles.list')}
      headerButtons={
        <Space wrap>
          <RegionPicker
            idPrefix="scorecard"
            regionCode={regionCode}
            onChange={(c) => {
              setExpandedKeys(null);
              set({ regionCode: c, cell: undefined });
            }}
          />
          <PeriodPicker
            idPrefix="scorecard"
            period={period}
            onChange={(p) => {
              set({ period: p, cell: undefined });
            }}
          />
        </Space>
      }
    >
      <Card size="small" style={{ marginBottom: 12 }} className="yb-no-print">
        <Space wrap size={[16, 8]} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap size={[12, 8]}>
            <label htmlFor="scorecard-area">{t('compliance.fields.area')}</label>
            <Select
              id="scorecard-area"
              allowClear
              placeholder={t('compliance.allAreas')}
              value={options.area}
              style={{ width: 150 }}
              onChange={(a?: string) => {
                set({ area: a });
              }}
              options={COMPLIANCE_AREA_CODES.values.map((a) => ({ value: a, label: t(`complianceAreas.${a}`) }))}
              data-testid="scorecard-area"
            />
            <Switch
              id="scorecard-only-red"
              checked={options.onlyRed}
              onChange={(v) => {
                set({ onlyRed: v ? 'true' : undefined });
              }}
              data-testid="scorecard-only-red"
            />
            <label htmlFor="scorecard-only-red">{t('compliance.onlyRed')}</label>
            <label htmlFor="scorecard-top-bottom">{t('compliance.fields.topBottom')}</label>
            <Select
              id="scorecard-top-bottom"
              value={topBottom}
              style={{ width: 130 }}
              onChange={(v: string) => {
                const [kind, n] = v.split(':');
                set({ top: kind === 'top' ? n : undefined, bottom: kind === 'bottom' ? n : undefined });
              }}
              options={TOP_BOTTOM.map((v) => ({ value: v, label: v ? t(`compliance.${v.split(':')[0]}N`, { n: v.split(':')[1] }) : t('compliance.allRows') }))}
              data-testid="scorecard-top-bottom"
            />
          </Space>
          {regionCode && (
            <Space wrap>
              <RunButton regionCode={regionCode} period={period} />
              <FreezeButton regionCode={regionCode} period={period} computed={Boolean(answer?.runId)} />
              {canExport?.can && (
                <FileDownloadButton
                  path={`/compliance/export?${new URLSearchParams({ regionCode, period }).toString()}`}
                  fallbackName={`compliance-${regionCode}-${period}.xlsx`}
                  label={t('compliance.exportXlsx')}
                  testId="compliance-export"
                />
              )}
              {canExport?.can && parseCompliancePeriod(period)?.kind === 'year' && (
                <FileDownloadButton
                  path={`/compliance/annual-report?${new URLSearchParams({ regionCode, year: String(year) }).toString()}`}
                  fallbackName={`annual-report-${regionCode}-${year}.docx`}
                  label={t('compliance.annualReport')}
                  icon={<FileWordOutlined />}
                  testId="compliance-annual-report"
                />
              )}
              <Button icon={<PrinterOutlined />} onClick={() => navigate(`/compliance/print?${printQuery.toString()}`)} data-testid="compliance-print">
                {t('compliance.print')}
              </Button>
            </Space>
          )}
        </Space>
      </Card>

      {scorecard.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={t('compliance.failed')} description={scorecard.error.message} />}
      <Space wrap size={[16, 4]} style={{ marginBottom: 8 }} data-testid="compliance-run-info">
        {answer && (
          <Typography.Text type="secondary">
            {answer.computedAt
              ? t('compliance.computedAt', { at: dayjs(answer.computedAt).format('YYYY-MM-DD HH:mm'), run: answer.runId })
              : t('compliance.neverComputed', { period: periodLabel(period) })}
          </Typography.Text>
        )}
        {answer?.snapshotId && (
          <Link to={listUrl('/compliance-snapshots', [{ field: 'id', operator: 'eq', value: answer.snapshotId }])}>
            <Tag color="blue" data-testid="compliance-frozen">
              {t('compliance.frozenAs', { id: answer.snapshotId })}
            </Tag>
          </Link>
        )}
      </Space>
      <div style={{ marginBottom: 8 }}>
        <StatusLegend />
      </div>
      <Table<TreeRow>
        data-testid="compliance-scorecard"
        className="yb-scorecard"
        rowKey="key"
        size="small"
        bordered
        sticky={{ offsetHeader: HEADER_HEIGHT }}
        loading={scorecard.isLoading}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowKeys: shownKeys,
          onExpand: (expanded, r) => {
            if (r.loading || !r.regionCode) return;
            const code = r.regionCode;
            setExpandedKeys(expanded ? [...shownKeys, code] : shownKeys.filter((k) => k !== code));
          },
        }}
        summary={() =>
          answer && leafIds.length ? (
            <Table.Summary fixed>
              <Table.Summary.Row className="yb-row-total" data-testid="compliance-average">
                <Table.Summary.Cell index={0}>
                  <Tooltip title={t('compliance.averageHint')}>{t('compliance.average')}</Tooltip>
                </Table.Summary.Cell>
                {leafIds.map((id, i) => (
                  <Table.Summary.Cell key={id} index={i + 1} align="center">
                    {formatComplianceValue(COMPLIANCE_INDICATORS[id], answer.average[id])}
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      <CellDrawer
        cell={open && regionCode ? { regionCode: open.regionCode, period, indicatorId: open.indicatorId } : undefined}
        onClose={() => set({ cell: undefined })}
      />
    </List>
  );
}
