import { List } from '@refinedev/antd';
import { getDefaultFilter } from '@refinedev/core';
import type { RectificationItemRecord } from '@yibao/shared';
import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { regionFromSubtreeFilters } from '../../../components/RegionTreeSelect';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { BoardLink } from './BoardLink';
import { DaysLeft, RESOURCE, useCampaigns, useCodeOptions } from './common';
import { ListsExportButton } from './ListsExportButton';

type Row = RectificationItemRecord;

/**
 * 整改台账: the items in the user's scope, the nearest deadline first; overdue rows red with the days past,
 * filters for campaign, category, problem type, state, overdue, 挂牌督办, source, region and keyword.
 */
export default function RectificationItemList() {
  const { t } = useTranslation();
  const { def, stateLabel } = useWorkflow(RESOURCE);
  const codes = useCodeOptions();
  const campaigns = useCampaigns();
  const { tableProps, filterCard, sortOrder, filters } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'rectification-items.placeholders.keyword', width: 180 },
      campaignId: {
        kind: 'eq',
        label: 'rectification-items.fields.campaign',
        width: 180,
        options: campaigns.map((c) => ({ value: String(c.id), label: c.name })),
      },
      category: { kind: 'eq', label: 'rectification-items.fields.category', width: 120, options: codes.categories },
      problemType: { kind: 'eq', label: 'rectification-items.fields.problemType', width: 200, options: codes.problemTypes },
      state: {
        kind: 'eq',
        label: 'rectification-items.fields.state',
        width: 120,
        options: Object.keys(def?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
      },
      overdue: {
        kind: 'eq',
        label: 'rectification-items.fields.overdue',
        width: 110,
        options: yesNoOptions(t('rectification-items.overdue'), t('rectification-items.notOverdue')),
      },
      supervised: {
        kind: 'eq',
        label: 'rectification-items.fields.supervised',
        width: 110,
        options: yesNoOptions(t('rectification-items.supervisedYes'), t('rectification-items.supervisedNo')),
      },
      source: { kind: 'eq', label: 'rectification-items.fields.source', width: 120, options: codes.sources },
      regionCode: { kind: 'region', label: 'rectification-items.fields.region', width: 180 },
    },
    sort: [
      { field: 'dueOn', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
  });
  const campaignId = getDefaultFilter('campaignId', filters, 'eq') as string | undefined;
  const regionCode = regionFromSubtreeFilters('regionCode', filters);
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <BoardLink campaignId={campaignId} />
          <ListsExportButton campaignId={campaignId} regionCode={regionCode} />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1300 }} rowClassName={(r) => (r.overdue ? 'yb-row-overdue' : '')}>
        <Table.Column<Row>
          dataIndex="title"
          title={t('rectification-items.fields.title')}
          render={(title: string, r) => (
            <Space size={4}>
              {title}
              {r.supervised && <Tag color="volcano">{t('rectification-items.supervisedTag')}</Tag>}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('rectification-items.fields.region')}
          width={140}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row>
          dataIndex="problemType"
          title={t('rectification-items.fields.problemType')}
          width={200}
          render={(c: string) => t(`problemTypes.${c}`)}
        />
        <Table.Column<Row>
          dataIndex="category"
          title={t('rectification-items.fields.category')}
          width={100}
          render={(c: string) => t(`rectificationCategories.${c}`)}
        />
        <Table.Column<Row>
          dataIndex="source"
          title={t('rectification-items.fields.source')}
          width={100}
          render={(c: string) => t(`rectificationSources.${c}`)}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('rectification-items.fields.state')}
          width={120}
          sorter
          defaultSortOrder={sortOrder('state')}
          render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
        />
        <Table.Column<Row> dataIndex="dueOn" title={t('rectification-items.fields.dueOn')} width={110} sorter defaultSortOrder={sortOrder('dueOn')} />
        <Table.Column<Row>
          key="daysLeft"
          title={t('rectification-items.fields.daysLeft')}
          width={110}
          render={(_, r) => <DaysLeft daysLeft={r.daysLeft} overdue={r.overdue} />}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
