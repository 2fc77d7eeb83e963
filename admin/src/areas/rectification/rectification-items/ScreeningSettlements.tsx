import { useTable } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import { parseScreeningRef, type RectificationItemRecord, type SettlementRecord } from '@yibao/shared';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FlagTags } from '../../../components/AssistanceLabels';
import { RegionName } from '../../../components/RegionName';
import { listUrl } from '../../../components/listUrl';
import { formatFen } from '../../../components/money';
import { tablePagination } from '../../../components/table';
import type { ApiError } from '../../../providers/http';

/**
 * The settlements behind a 数据筛查 item: exactly those of its county and year carrying the flag of its problem
 * type (`sourceRef` `<county>:<year>:<problemType>`, the shared SCREENED_PROBLEMS mapping), paged, ID numbers as
 * the API masks them, each linked to its page. Nothing for an item of another source or a user without settlements.
 */
export function ScreeningSettlements({ record }: { record: RectificationItemRecord }) {
  const key = record.source === 'screening' ? parseScreeningRef(record.sourceRef) : null;
  const { data: can } = useCan({ resource: 'settlements', action: 'list' });
  if (!key || !can?.can) return null;
  return <SettlementsOf regionCode={key.regionCode} year={key.year} flag={key.flag} />;
}

function SettlementsOf({ regionCode, year, flag }: { regionCode: string; year: number; flag: string }) {
  const { t } = useTranslation();
  const filters = [
    { field: 'flag', operator: 'eq' as const, value: flag },
    { field: 'regionCode', operator: 'eq' as const, value: regionCode },
    { field: 'year', operator: 'eq' as const, value: year },
  ];
  const { tableProps } = useTable<SettlementRecord, ApiError>({
    resource: 'settlements',
    syncWithLocation: false,
    pagination: { pageSize: 10 },
    filters: { permanent: filters },
    sorters: { initial: [{ field: 'settledOn', order: 'desc' }] },
  });
  const total = (tableProps.pagination && tableProps.pagination.total) || 0;
  const money = (fen: number) => formatFen(fen);
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={t('rectification-items.screeningSettlements.title', { count: total })}
      extra={<Link to={listUrl('/settlements', filters)}>{t('rectification-items.screeningSettlements.openAll')}</Link>}
      data-testid="screening-settlements"
    >
      <Table<SettlementRecord> {...tableProps} pagination={tablePagination(tableProps.pagination, t)} rowKey="id" size="small" scroll={{ x: 900 }}>
        <Table.Column<SettlementRecord> dataIndex="settledOn" title={t('settlements.fields.settledOn')} width={110} />
        <Table.Column<SettlementRecord> dataIndex="name" title={t('settlements.fields.name')} width={90} />
        <Table.Column<SettlementRecord>
          dataIndex="idNumber"
          title={t('settlements.fields.idNumber')}
          width={170}
          render={(v: string) => <span className="yb-mono">{v}</span>}
        />
        <Table.Column<SettlementRecord>
          dataIndex="regionCode"
          title={t('settlements.fields.region')}
          width={110}
          render={(c: string) => <RegionName code={c} />}
        />
        <Table.Column<SettlementRecord> dataIndex="totalCost" title={t('settlements.fields.totalCostYuan')} width={110} align="right" render={money} />
        <Table.Column<SettlementRecord>
          key="oop"
          title={t('settlements.fields.outOfPocketYuan')}
          width={110}
          align="right"
          render={(_, r) => money(r.recorded.outOfPocket)}
        />
        <Table.Column<SettlementRecord> dataIndex="flags" title={t('settlements.fields.flags')} width={200} render={(f: string[]) => <FlagTags flags={f} />} />
        <Table.Column<SettlementRecord>
          key="open"
          width={70}
          render={(_, r) => (
            <Link to={`/settlements/show/${r.id}`} data-testid="screening-settlement-link">
              {t('buttons.show')}
            </Link>
          )}
        />
      </Table>
    </Card>
  );
}
