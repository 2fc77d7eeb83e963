import { DeleteButton, EditButton, Show } from '@refinedev/antd';
import { useNavigation } from '@refinedev/core';
import { RECTIFICATION_CATEGORIES, type RectificationCampaignRecord } from '@yibao/shared';
import { useQueries } from '@tanstack/react-query';
import { Card, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailDescriptions } from '../../../components/DetailDescriptions';
import { RegionLabel } from '../../../components/RegionName';
import { StatusPage } from '../../../components/StatusPage';
import { useWorkflow } from '../../../components/WorkflowStateTag';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { type ApiError, apiFetch } from '../../../providers/http';
import { ITEMS_RESOURCE as ITEMS, ledgerLink } from '../components/ledger';

type Filter = [field: string, value: string | number];

/**
 * The number of a campaign's items matching each filter set: the ledger's own list (`X-Total-Count` of a
 * one-row window) per cell, so the counts are exactly what the linked, filtered ledger shows.
 */
function useItemCounts(campaignId: number | undefined, cells: Filter[][]): (number | undefined)[] {
  const results = useQueries({
    queries: cells.map((filters) => ({
      queryKey: [ITEMS, 'count', campaignId, filters],
      enabled: campaignId !== undefined,
      queryFn: async () => {
        const query = new URLSearchParams({ _start: '0', _end: '1', campaignId: String(campaignId) });
        for (const [f, v] of filters) query.set(f, String(v));
        const { headers } = await apiFetch<unknown[]>(`/${ITEMS}`, { query });
        return Number(headers.get('X-Total-Count') ?? 0);
      },
    })),
  });
  return results.map((r) => r.data);
}

/**
 * 专项治理: the campaign's facts, its items by state and category (each count links to the ledger filtered to
 * it), and — for its province's supervisor — edit and delete (the API refuses deleting a campaign with items).
 */
export default function RectificationCampaignShow() {
  const { t } = useTranslation();
  const { list } = useNavigation();
  const { query, record: c, notFound } = useRecordShow<RectificationCampaignRecord>();
  const { def, stateLabel } = useWorkflow(ITEMS);
  const states = Object.keys(def?.states ?? {});
  const columns: Filter[][] = [...RECTIFICATION_CATEGORIES.map((cat): Filter[] => [['category', cat]]), []];
  const rows: Filter[][] = [...states.map((s): Filter[] => [['state', s]]), [], [['overdue', 'true']], [['supervised', 'true']]];
  const cells = rows.flatMap((row) => columns.map((col) => [...row, ...col]));
  const counts = useItemCounts(c?.id, cells);
  if (notFound) return <StatusPage status={404} />;
  const rowLabel = (row: Filter[]) => {
    const [field, value] = row[0] ?? [];
    if (field === 'state') return stateLabel(String(value));
    if (field === 'overdue') return t('rectification-items.overdue');
    if (field === 'supervised') return t('rectification-items.supervisedTag');
    return t('rectification-campaigns.counts.all');
  };
  const countCell = (r: number, k: number) => {
    const n = counts[r * columns.length + k];
    if (n === undefined || !c) return '…';
    return n === 0 ? <span className="yb-muted">0</span> : <Link to={ledgerLink([['campaignId', c.id], ...cells[r * columns.length + k]])}>{n}</Link>;
  };
  return (
    <Show
      isLoading={query.isLoading}
      title={c?.name}
      headerButtons={() =>
        c && (
          <>
            <Link to={ledgerLink([['campaignId', c.id]])} data-testid="campaign-ledger">
              {t('rectification-campaigns.openLedger')}
            </Link>
            <EditButton recordItemId={c.id} />
            <DeleteButton
              recordItemId={c.id}
              data-testid="delete-campaign"
              confirmTitle={t('rectification-campaigns.confirmDelete', { name: c.name })}
              onSuccess={() => list('rectification-campaigns')}
              errorNotification={(error) => ({
                type: 'error',
                message: t('rectification-campaigns.deleteFailed'),
                description: (error as ApiError | undefined)?.message,
              })}
            />
          </>
        )
      }
    >
      {c && (
        <>
          <DetailDescriptions>
            <Descriptions.Item label={t('rectification-campaigns.fields.name')}>{c.name}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-campaigns.fields.documentNo')}>{c.documentNo}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-campaigns.fields.region')}>
              <RegionLabel name={c.regionName} code={c.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('rectification-campaigns.fields.startedOn')}>{c.startedOn}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-campaigns.fields.immediateDays')}>{c.immediateDays}</Descriptions.Item>
            <Descriptions.Item label={t('rectification-campaigns.fields.transitionDueOn')}>{c.transitionDueOn}</Descriptions.Item>
          </DetailDescriptions>
          <Card size="small" title={t('rectification-campaigns.counts.title')} style={{ marginTop: 16 }} data-testid="campaign-counts">
            <Typography.Paragraph type="secondary">{t('rectification-campaigns.counts.hint')}</Typography.Paragraph>
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows.map((row, r) => ({ key: r, row }))}
              columns={[
                { key: 'label', title: t('rectification-items.fields.state'), render: (_, { row }) => rowLabel(row) },
                ...columns.map((col, k) => ({
                  key: `c${k}`,
                  align: 'right' as const,
                  title: col.length ? t(`rectificationCategories.${col[0][1]}`) : t('rectification-campaigns.counts.all'),
                  render: (_: unknown, { key }: { key: number }) => countCell(key, k),
                })),
              ]}
            />
          </Card>
        </>
      )}
    </Show>
  );
}
