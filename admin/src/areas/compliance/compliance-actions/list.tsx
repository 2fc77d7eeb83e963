import { List } from '@refinedev/antd';
import { COMPLIANCE_ACTION_STATUS_CODES, COMPLIANCE_INDICATOR_IDS, type ComplianceActionRecord } from '@yibao/shared';
import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { ActionStatusTag, ActionWorkflow, OverdueTag } from '../components/FollowUps';
import { usePeriodLabel } from '../components/periods';

type Row = ComplianceActionRecord;

/**
 * 跟进事项: the follow-up actions on cells in scope, per region (the cell's or the responsible one), filtered by status,
 * overdue, indicator and period; each links back to its cell and is worked through its statuses here (a comment on
 * every change).
 */
export default function ComplianceActionList() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'compliance-actions.placeholders.keyword', width: 180 },
      status: {
        kind: 'eq',
        label: 'compliance-actions.fields.status',
        width: 120,
        options: COMPLIANCE_ACTION_STATUS_CODES.values.map((s) => ({ value: s, label: t(`complianceActionStatuses.${s}`) })),
      },
      overdue: {
        kind: 'eq',
        label: 'compliance-actions.fields.overdue',
        width: 110,
        options: yesNoOptions(t('compliance-actions.overdue'), t('compliance-actions.notOverdue')),
      },
      indicatorId: {
        kind: 'eq',
        label: 'compliance-actions.fields.indicator',
        width: 240,
        options: COMPLIANCE_INDICATOR_IDS.map((id) => ({ value: id, label: `${id} ${t(`complianceIndicators.${id}`)}` })),
      },
      period: { kind: 'eq', label: 'compliance-actions.fields.period', placeholder: 'compliance-actions.placeholders.period', width: 130 },
      regionCode: { kind: 'region', label: 'compliance-actions.fields.region', width: 180 },
    },
    sort: [
      { field: 'dueOn', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" data-testid="compliance-actions">
        <Table.Column<Row> dataIndex="id" title={t('compliance-actions.fields.id')} width={70} sorter defaultSortOrder={sortOrder('id')} />
        <Table.Column<Row> dataIndex="title" title={t('compliance-actions.fields.title')} />
        <Table.Column<Row>
          key="cell"
          title={t('compliance-actions.fields.cell')}
          render={(_, r) => (
            <Link
              to={`/compliance?${new URLSearchParams({ regionCode: r.regionCode, period: r.period, cell: `${r.regionCode}:${r.indicatorId}` }).toString()}`}
              data-testid="compliance-action-cell"
            >
              <Space size={4} wrap>
                <RegionLabel name={r.regionName} code={r.regionCode} />
                <span>{periodLabel(r.period)}</span>
                <span>
                  {r.indicatorId} {t(`complianceIndicators.${r.indicatorId}`)}
                </span>
              </Space>
            </Link>
          )}
        />
        <Table.Column<Row>
          dataIndex="responsibleRegionCode"
          title={t('compliance-actions.fields.responsibleRegion')}
          render={(code: string, r) => <RegionLabel name={r.responsibleRegionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="dueOn" title={t('compliance-actions.fields.dueOn')} width={110} sorter defaultSortOrder={sortOrder('dueOn')} />
        <Table.Column<Row> dataIndex="reviewOn" title={t('compliance-actions.fields.reviewOn')} width={110} render={(v: string | null) => v ?? '—'} />
        <Table.Column<Row>
          dataIndex="status"
          title={t('compliance-actions.fields.status')}
          width={150}
          sorter
          defaultSortOrder={sortOrder('status')}
          render={(s: Row['status'], r) => (
            <Space size={4} wrap>
              <ActionStatusTag status={s} />
              <OverdueTag overdue={r.overdue} />
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="rectificationItemId"
          title={t('compliance-actions.fields.rectificationItem')}
          render={(id: number | null) =>
            id === null ? '—' : <Link to={`/rectification-items/show/${id}`}>{t('compliance-actions.rectificationItem', { id })}</Link>
          }
        />
        <Table.Column<Row> key="workflow" title={t('table.actions')} render={(_, r) => <ActionWorkflow record={r} />} />
      </Table>
    </List>
  );
}
