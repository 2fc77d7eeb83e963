import { List } from '@refinedev/antd';
import { type CrudFilter, useCustom } from '@refinedev/core';
import type { RectificationBoard, RectificationBoardRow } from '@yibao/shared';
import { Button, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RegionLabel } from '../../../components/RegionName';
import { regionSubtreeFilters } from '../../../components/RegionTreeSelect';
import { useWorkflow } from '../../../components/WorkflowStateTag';
import { listUrl } from '../../../components/listUrl';
import type { ApiError } from '../../../providers/http';
import { RESOURCE, useCampaigns } from './common';

/** The ledger opened on a region's subtree (its own items only, for the board's own row), a state or overdue, a campaign. */
function ledgerUrl(row: Pick<RectificationBoardRow, 'regionCode' | 'own'>, campaignId: string | undefined, extra: CrudFilter[] = []): string {
  const region: CrudFilter[] = row.own
    ? [
        { field: 'regionCode', operator: 'gte', value: row.regionCode },
        { field: 'regionCode', operator: 'lte', value: row.regionCode },
      ]
    : regionSubtreeFilters('regionCode', row.regionCode);
  return listUrl(`/${RESOURCE}`, [...region, ...extra, { field: 'campaignId', operator: 'eq', value: campaignId }]);
}

type Row = RectificationBoardRow & { key: string };

/**
 * 整改看板: the user's region (or one below it, drilled into) as its child regions × the item states, with the
 * overdue and 挂牌督办 counts and totals; each figure opens the ledger on that region's subtree and state.
 */
export default function RectificationBoardPage() {
  const { t } = useTranslation();
  const { stateLabel } = useWorkflow(RESOURCE);
  const campaigns = useCampaigns();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaignId') ?? undefined;
  const regionCode = params.get('regionCode') ?? undefined;
  const { result, query } = useCustom<RectificationBoard & Record<string, unknown>, ApiError>({
    url: `/${RESOURCE}/board`,
    method: 'get',
    config: { query: { ...(campaignId ? { campaignId } : {}), ...(regionCode ? { regionCode } : {}) } },
    queryOptions: { staleTime: 0 },
  });
  const board = query.isSuccess ? (result?.data as RectificationBoard | undefined) : undefined;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const figure = (n: number, row: Pick<RectificationBoardRow, 'regionCode' | 'own'>, filter: CrudFilter[], testId: string, color?: string) =>
    n ? (
      <Link to={ledgerUrl(row, campaignId, filter)} style={color ? { color } : undefined} data-testid={testId}>
        {n}
      </Link>
    ) : (
      <span className="yb-muted" data-testid={testId}>
        0
      </span>
    );
  const rows: Row[] = (board?.rows ?? []).map((r) => ({ ...r, key: r.regionCode }));
  const states = board?.states ?? [];
  // the totals row stands for the board's region and its whole subtree
  const all = { regionCode: board?.regionCode ?? '', own: false };

  return (
    <List
      title={t('rectification-board.titles.list')}
      headerButtons={
        <Space wrap>
          <label htmlFor="board-campaign">{t('rectification-items.fields.campaign')}</label>
          <Select
            id="board-campaign"
            allowClear
            style={{ width: 260 }}
            placeholder={t('rectification-board.allCampaigns')}
            value={campaignId}
            onChange={(v?: string) => set('campaignId', v)}
            options={campaigns.map((c) => ({ value: String(c.id), label: c.name }))}
            data-testid="board-campaign"
          />
          {regionCode && (
            <Button onClick={() => set('regionCode', undefined)} data-testid="board-up">
              {t('rectification-board.backToOwn')}
            </Button>
          )}
        </Space>
      }
    >
      {board && (
        <Typography.Paragraph type="secondary" data-testid="board-region">
          {t('rectification-board.intro', { region: board.regionName ?? board.regionCode })}
        </Typography.Paragraph>
      )}
      <Table<Row>
        dataSource={rows}
        loading={query.isLoading}
        size="middle"
        pagination={false}
        bordered
        scroll={{ x: 1100 }}
        data-testid="board-table"
        onRow={(r) => ({ 'data-testid': `board-row-${r.regionCode}` }) as React.HTMLAttributes<HTMLElement>}
        summary={() =>
          board && (
            <Table.Summary.Row data-testid="board-totals">
              <Table.Summary.Cell index={0}>
                <strong>{t('rectification-board.total')}</strong>
              </Table.Summary.Cell>
              {states.map((s, i) => (
                <Table.Summary.Cell key={s} index={i + 1} align="right">
                  {figure(board.totals.states[s] ?? 0, all, [{ field: 'state', operator: 'eq', value: s }], `board-total-${s}`)}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={states.length + 1} align="right">
                <strong>{figure(board.totals.total, all, [], 'board-total-total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={states.length + 2} align="right">
                {figure(board.totals.overdue, all, [{ field: 'overdue', operator: 'eq', value: 'true' }], 'board-total-overdue', '#cf1322')}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={states.length + 3} align="right">
                {figure(board.totals.supervised, all, [{ field: 'supervised', operator: 'eq', value: 'true' }], 'board-total-supervised')}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      >
        <Table.Column<Row>
          key="region"
          title={t('rectification-items.fields.region')}
          fixed="left"
          width={180}
          render={(_, r) =>
            r.own ? (
              <span>
                <RegionLabel name={r.regionName} code={r.regionCode} /> <span className="yb-muted">{t('rectification-board.own')}</span>
              </span>
            ) : r.regionCode.endsWith('00') && r.regionCode !== board?.regionCode ? (
              // a city: drill into its counties
              <Typography.Link onClick={() => set('regionCode', r.regionCode)} data-testid={`board-drill-${r.regionCode}`}>
                <RegionLabel name={r.regionName} code={r.regionCode} />
              </Typography.Link>
            ) : (
              <RegionLabel name={r.regionName} code={r.regionCode} />
            )
          }
        />
        {states.map((s) => (
          <Table.Column<Row>
            key={s}
            title={stateLabel(s)}
            align="right"
            width={90}
            render={(_, r) => figure(r.states[s] ?? 0, r, [{ field: 'state', operator: 'eq', value: s }], `board-${r.regionCode}-${s}`)}
          />
        ))}
        <Table.Column<Row>
          key="total"
          title={t('rectification-board.total')}
          align="right"
          width={80}
          render={(_, r) => <strong>{figure(r.total, r, [], `board-${r.regionCode}-total`)}</strong>}
        />
        <Table.Column<Row>
          key="overdue"
          title={t('rectification-items.fields.overdue')}
          align="right"
          width={80}
          render={(_, r) => figure(r.overdue, r, [{ field: 'overdue', operator: 'eq', value: 'true' }], `board-${r.regionCode}-overdue`, '#cf1322')}
        />
        <Table.Column<Row>
          key="supervised"
          title={t('rectification-items.fields.supervised')}
          align="right"
          width={90}
          render={(_, r) => figure(r.supervised, r, [{ field: 'supervised', operator: 'eq', value: 'true' }], `board-${r.regionCode}-supervised`)}
        />
      </Table>
    </List>
  );
}
