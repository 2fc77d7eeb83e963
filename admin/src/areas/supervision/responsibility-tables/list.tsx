import { DateField, EditButton, List, ShowButton } from '@refinedev/antd';
import type { ResponsibilityTableRecord } from '@yibao/shared';
import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { YEARLY_SORT, useYearlyFilters } from '../../../components/YearlyWorkflowRecord';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { LateTag, RESOURCE, useMayEdit } from '../components/responsibility-tables';

type Row = ResponsibilityTableRecord;

function RowActions({ record }: { record: Row }) {
  const mayEdit = useMayEdit(record);
  return (
    <Space size={0}>
      <ShowButton size="small" type="link" recordItemId={record.id} />
      {mayEdit && <EditButton size="small" type="link" recordItemId={record.id} />}
    </Space>
  );
}

const when = (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : <span className="yb-muted">—</span>);

/** 责任分工表: every table in the user's subtree, by unit and year, with state and late filing. */
export default function ResponsibilityTableList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      ...useYearlyFilters(RESOURCE, 'responsibility-tables'),
      late: {
        kind: 'eq',
        label: 'responsibility-tables.fields.late',
        width: 120,
        options: yesNoOptions(t('responsibility-tables.late.yes'), t('responsibility-tables.late.no')),
      },
    },
    sort: YEARLY_SORT,
  });

  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1100 }}>
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('responsibility-tables.fields.region')}
          sorter
          defaultSortOrder={sortOrder('regionCode')}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="year" title={t('responsibility-tables.fields.year')} width={90} sorter defaultSortOrder={sortOrder('year')} />
        <Table.Column<Row>
          dataIndex="state"
          title={t('responsibility-tables.fields.state')}
          sorter
          defaultSortOrder={sortOrder('state')}
          render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
        />
        <Table.Column<Row> dataIndex="dueDate" title={t('responsibility-tables.fields.dueDate')} sorter defaultSortOrder={sortOrder('dueDate')} />
        <Table.Column<Row>
          dataIndex="firstSubmittedAt"
          title={t('responsibility-tables.fields.firstSubmittedAt')}
          sorter
          defaultSortOrder={sortOrder('firstSubmittedAt')}
          render={(v: string | null, r) => (
            <Space size={4} wrap>
              {when(v)}
              <LateTag late={r.late} filed={Boolean(v)} dueDate={r.dueDate} />
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="approvedAt"
          title={t('responsibility-tables.fields.approvedAt')}
          sorter
          defaultSortOrder={sortOrder('approvedAt')}
          render={when}
        />
        <Table.Column<Row>
          dataIndex="updatedAt"
          title={t('responsibility-tables.fields.updatedAt')}
          sorter
          defaultSortOrder={sortOrder('updatedAt')}
          render={when}
        />
        <Table.Column<Row> key="actions" title={t('table.actions')} fixed="right" width={170} render={(_, r) => <RowActions record={r} />} />
      </Table>
    </List>
  );
}
