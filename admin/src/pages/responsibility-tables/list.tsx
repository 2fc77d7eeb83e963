import { DateField, EditButton, List, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter } from '@refinedev/core';
import { RESPONSIBILITY_TABLE_WORKFLOW, type ResponsibilityTableRecord } from '@yibao/shared';
import { Form, InputNumber, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../components/FilterCard';
import { RegionLabel } from '../../components/RegionName';
import { RegionTreeSelect, regionFromSubtreeFilters, regionSubtreeFilters } from '../../components/RegionTreeSelect';
import { WorkflowStateTag, useWorkflow } from '../../components/WorkflowStateTag';
import { tablePagination } from '../../components/table';
import type { ApiError } from '../../providers/http';
import { LateTag, RESOURCE, useMayEdit } from './common';

type Row = ResponsibilityTableRecord;

interface TableFilters {
  regionCode?: string;
  year?: number | null;
  state?: string;
  late?: 'true' | 'false';
}

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
  const { stateLabel } = useWorkflow(RESOURCE);
  const { tableProps, searchFormProps, filters, sorters } = useTable<Row, ApiError, TableFilters>({
    syncWithLocation: true,
    pagination: { pageSize: 20 },
    sorters: {
      initial: [
        { field: 'year', order: 'desc' },
        { field: 'regionCode', order: 'asc' },
      ],
    },
    onSearch: (v) => [
      ...regionSubtreeFilters('regionCode', v.regionCode),
      { field: 'year', operator: 'eq', value: v.year ?? undefined },
      { field: 'state', operator: 'eq', value: v.state },
      { field: 'late', operator: 'eq', value: v.late },
    ],
  });
  const year = getDefaultFilter('year', filters, 'eq');

  return (
    <List>
      <FilterCard
        formProps={{
          ...searchFormProps,
          initialValues: {
            regionCode: regionFromSubtreeFilters('regionCode', filters),
            year: year ? Number(year) : undefined,
            state: getDefaultFilter('state', filters, 'eq'),
            late: getDefaultFilter('late', filters, 'eq'),
          },
        }}
      >
        <Form.Item label={t('responsibility-tables.fields.region')} name="regionCode">
          <RegionTreeSelect placeholder={t('filters.all')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('responsibility-tables.fields.year')} name="year">
          <InputNumber min={2019} max={2100} precision={0} placeholder={t('filters.all')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label={t('responsibility-tables.fields.state')} name="state">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 150 }}
            options={Object.keys(RESPONSIBILITY_TABLE_WORKFLOW.states).map((s) => ({ value: s, label: stateLabel(s) }))}
          />
        </Form.Item>
        <Form.Item label={t('responsibility-tables.fields.late')} name="late">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 120 }}
            options={[
              { value: 'true', label: t('responsibility-tables.late.yes') },
              { value: 'false', label: t('responsibility-tables.late.no') },
            ]}
          />
        </Form.Item>
      </FilterCard>
      <Table<Row> {...tableProps} rowKey="id" size="middle" pagination={tablePagination(tableProps.pagination, t)} scroll={{ x: 1100 }}>
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('responsibility-tables.fields.region')}
          sorter
          defaultSortOrder={getDefaultSortOrder('regionCode', sorters)}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row> dataIndex="year" title={t('responsibility-tables.fields.year')} width={90} sorter defaultSortOrder={getDefaultSortOrder('year', sorters)} />
        <Table.Column<Row>
          dataIndex="state"
          title={t('responsibility-tables.fields.state')}
          sorter
          defaultSortOrder={getDefaultSortOrder('state', sorters)}
          render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
        />
        <Table.Column<Row> dataIndex="dueDate" title={t('responsibility-tables.fields.dueDate')} sorter defaultSortOrder={getDefaultSortOrder('dueDate', sorters)} />
        <Table.Column<Row>
          dataIndex="firstSubmittedAt"
          title={t('responsibility-tables.fields.firstSubmittedAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('firstSubmittedAt', sorters)}
          render={(v: string | null, r) => (
            <Space size={4} wrap>
              {when(v)}
              <LateTag late={r.late} filed={Boolean(v)} dueDate={r.dueDate} />
            </Space>
          )}
        />
        <Table.Column<Row> dataIndex="approvedAt" title={t('responsibility-tables.fields.approvedAt')} sorter defaultSortOrder={getDefaultSortOrder('approvedAt', sorters)} render={when} />
        <Table.Column<Row> dataIndex="updatedAt" title={t('responsibility-tables.fields.updatedAt')} sorter defaultSortOrder={getDefaultSortOrder('updatedAt', sorters)} render={when} />
        <Table.Column<Row> key="actions" title={t('table.actions')} fixed="right" width={170} render={(_, r) => <RowActions record={r} />} />
      </Table>
    </List>
  );
}
