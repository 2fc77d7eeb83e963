import { List } from '@refinedev/antd';
import { getDefaultFilter } from '@refinedev/core';
import type { InspectionRecord } from '@yibao/shared';
import { Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { type CustomFilter, useListPage } from '../../../hooks/useListPage';
import { InspectionCalendar } from './calendar';
import { AreaTags, RESOURCE, useInspectionCodes } from './common';

type Row = InspectionRecord;

/** The year an inspection starts in: a range on plannedFrom. */
const PLANNED_YEAR: CustomFilter = {
  toFilters: (year) => [
    { field: 'plannedFrom', operator: 'gte', value: year ? `${year}-01-01` : undefined },
    { field: 'plannedFrom', operator: 'lte', value: year ? `${year}-12-31` : undefined },
  ],
  fromFilters: (filters) => {
    const from = getDefaultFilter('plannedFrom', filters, 'gte') as string | undefined;
    return from ? Number(from.slice(0, 4)) : undefined;
  },
};

/**
 * 督导检查: the inspections in the user's scope (暗访 and 飞行检查 absent for the inspected unit until the
 * feedback), as a list with filters for kind, state, the inspected region and the year, or as a month calendar.
 */
export default function InspectionList() {
  const { t } = useTranslation();
  const { def, stateLabel } = useWorkflow(RESOURCE);
  const codes = useInspectionCodes();
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const { tableProps, filterCard } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'inspections.placeholders.keyword', width: 180 },
      kind: { kind: 'eq', label: 'inspections.fields.kind', width: 120, options: codes.kinds },
      state: {
        kind: 'eq',
        label: 'inspections.fields.state',
        width: 120,
        options: Object.keys(def?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
      },
      scope: { kind: 'region', label: 'inspections.fields.region', width: 180 },
      year: { kind: PLANNED_YEAR, label: 'inspections.fields.year', input: 'year', width: 100 },
    },
    sort: [{ field: 'plannedFrom', order: 'desc' }],
  });
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <Space>
          <Segmented<'list' | 'calendar'>
            value={view}
            onChange={setView}
            data-testid="inspection-view"
            options={[
              { value: 'list', label: t('inspections.views.list') },
              { value: 'calendar', label: t('inspections.views.calendar') },
            ]}
          />
          {defaultButtons}
        </Space>
      )}
    >
      {view === 'calendar' ? (
        <InspectionCalendar />
      ) : (
        <>
          <FilterCard {...filterCard} />
          <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1200 }}>
            <Table.Column<Row>
              dataIndex="title"
              title={t('inspections.fields.title')}
              render={(title: string, r) => (
                <Space direction="vertical" size={0}>
                  <span>{title}</span>
                  {r.noticeNo && <span className="yb-muted">{r.noticeNo}</span>}
                </Space>
              )}
            />
            <Table.Column<Row>
              dataIndex="regionCode"
              title={t('inspections.fields.region')}
              width={130}
              render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
            />
            <Table.Column<Row>
              dataIndex="inspectingRegionCode"
              title={t('inspections.fields.inspectingRegion')}
              width={150}
              render={(code: string, r) => <RegionLabel name={r.inspectingRegionName} code={code} />}
            />
            <Table.Column<Row>
              dataIndex="kind"
              title={t('inspections.fields.kind')}
              width={100}
              render={(k: string) => <Tag>{t(`inspectionKinds.${k}`)}</Tag>}
            />
            <Table.Column<Row>
              dataIndex="plannedFrom"
              title={t('inspections.fields.planned')}
              width={200}
              sorter
              render={(from: string, r) => `${from} – ${r.plannedTo}`}
            />
            <Table.Column<Row> dataIndex="areas" title={t('inspections.fields.areas')} width={200} render={(_, r) => <AreaTags areas={r.areas} />} />
            <Table.Column<Row> dataIndex="findingCount" title={t('inspections.fields.findingCount')} width={90} />
            <Table.Column<Row>
              dataIndex="state"
              title={t('inspections.fields.state')}
              width={110}
              render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
            />
            {showActionColumn<Row>(t('table.actions'), 80)}
          </Table>
        </>
      )}
    </List>
  );
}
