import { EditButton, List, ShowButton } from '@refinedev/antd';
import type { RectificationCampaignRecord } from '@yibao/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { useListPage } from '../../../hooks/useListPage';

type Row = RectificationCampaignRecord;

/** 专项治理: the province's campaigns with the deadlines new items get (立行立改 days, 平稳过渡 date). */
export default function RectificationCampaignList() {
  const { t } = useTranslation();
  const { tableProps, filterCard } = useListPage<Row>({
    filters: { q: { kind: 'text', label: 'filters.keyword', width: 180 } },
    sort: [{ field: 'id', order: 'desc' }],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 900 }}>
        <Table.Column<Row> dataIndex="name" title={t('rectification-campaigns.fields.name')} />
        <Table.Column<Row> dataIndex="documentNo" title={t('rectification-campaigns.fields.documentNo')} width={180} />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('rectification-campaigns.fields.region')}
          width={140}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="startedOn" title={t('rectification-campaigns.fields.startedOn')} width={120} />
        <Table.Column<Row> dataIndex="immediateDays" title={t('rectification-campaigns.fields.immediateDays')} width={130} align="right" />
        <Table.Column<Row> dataIndex="transitionDueOn" title={t('rectification-campaigns.fields.transitionDueOn')} width={140} />
        <Table.Column<Row>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={100}
          render={(_, r) => (
            <>
              <ShowButton size="small" type="link" hideText recordItemId={r.id} />
              <EditButton size="small" type="link" hideText recordItemId={r.id} />
            </>
          )}
        />
      </Table>
    </List>
  );
}
