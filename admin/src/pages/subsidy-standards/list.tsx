import { DateField, EditButton, List, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter } from '@refinedev/core';
import { SUBSIDY_STANDARDS_WORKFLOW } from '@yibao/shared';
import { Form, InputNumber, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../components/FilterCard';
import { RegionLabel } from '../../components/RegionName';
import { RegionTreeSelect, regionFromSubtreeFilters, regionSubtreeFilters, useRegionTree } from '../../components/RegionTreeSelect';
import { WorkflowStateTag, useWorkflow } from '../../components/WorkflowStateTag';
import { formatFen } from '../../components/money';
import { tablePagination } from '../../components/table';
import type { ApiError } from '../../providers/http';
import { RESOURCE, type SubsidyStandardsRecord, useMayEdit } from './common';

type Row = SubsidyStandardsRecord;

interface Filters {
  regionCode?: string;
  year?: number | null;
  state?: string;
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

/** 资助参保标准: each pooling region's standards by year, with their approval state. */
export default function SubsidyStandardsList() {
  const { t } = useTranslation();
  const { stateLabel } = useWorkflow(RESOURCE);
  const { names } = useRegionTree();
  const { tableProps, searchFormProps, filters, sorters } = useTable<Row, ApiError, Filters>({
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
    ],
  });
  const year = getDefaultFilter('year', filters, 'eq');
  const fen = (v: number | undefined) => <span className="yb-mono">{formatFen(v)}</span>;

  return (
    <List>
      <FilterCard
        formProps={{
          ...searchFormProps,
          initialValues: { regionCode: regionFromSubtreeFilters('regionCode', filters), year: year ? Number(year) : undefined, state: getDefaultFilter('state', filters, 'eq') },
        }}
      >
        <Form.Item label={t('subsidy-standards.fields.region')} name="regionCode">
          <RegionTreeSelect placeholder={t('filters.all')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t('subsidy-standards.fields.year')} name="year">
          <InputNumber min={2019} max={2100} precision={0} placeholder={t('filters.all')} style={{ width: 110 }} />
        </Form.Item>
        <Form.Item label={t('subsidy-standards.fields.state')} name="state">
          <Select
            allowClear
            placeholder={t('filters.all')}
            style={{ width: 150 }}
            options={Object.keys(SUBSIDY_STANDARDS_WORKFLOW.states).map((s) => ({ value: s, label: stateLabel(s) }))}
          />
        </Form.Item>
      </FilterCard>
      <Table<Row> {...tableProps} rowKey="id" size="middle" pagination={tablePagination(tableProps.pagination, t)} scroll={{ x: 1100 }}>
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('subsidy-standards.fields.region')}
          sorter
          defaultSortOrder={getDefaultSortOrder('regionCode', sorters)}
          render={(code: string, r) => <RegionLabel name={r.regionName ?? names.get(code)} code={code} />}
        />
        <Table.Column<Row> dataIndex="year" title={t('subsidy-standards.fields.year')} width={90} sorter defaultSortOrder={getDefaultSortOrder('year', sorters)} />
        <Table.Column<Row>
          dataIndex="state"
          title={t('subsidy-standards.fields.state')}
          width={140}
          sorter
          defaultSortOrder={getDefaultSortOrder('state', sorters)}
          render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
        />
        <Table.Column<Row> key="pc" title={t('subsidy-standards.parameters.personalContribution')} align="right" render={(_, r) => fen(r.standards?.personalContribution?.fen)} />
        <Table.Column<Row> key="dibao" title={t('subsidy-standards.parameters.dibaoFixed')} align="right" render={(_, r) => fen(r.standards?.dibaoFixed?.fen)} />
        <Table.Column<Row> key="stable" title={t('subsidy-standards.parameters.stableShort')} align="right" render={(_, r) => fen(r.standards?.stablePhaseOut?.fen?.[0])} />
        <Table.Column<Row>
          key="temporary"
          title={t('subsidy-standards.parameters.temporary')}
          align="right"
          render={(_, r) => (r.standards?.temporary ? fen(r.standards.temporary.fen) : <span className="yb-muted">{t('subsidy-standards.notSet')}</span>)}
        />
        <Table.Column<Row>
          dataIndex="updatedAt"
          title={t('subsidy-standards.fields.updatedAt')}
          width={150}
          sorter
          defaultSortOrder={getDefaultSortOrder('updatedAt', sorters)}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<Row> key="actions" title={t('table.actions')} fixed="right" width={150} render={(_, r) => <RowActions record={r} />} />
      </Table>
    </List>
  );
}
