import { List } from '@refinedev/antd';
import type { AccountabilityRecordRecord } from '@yibao/shared';
import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { useListPage } from '../../../hooks/useListPage';
import { MeasureTags, RESOURCE, useCodeOptions } from './common';

type Row = AccountabilityRecordRecord;

/** The decision years the filter offers: from the policies' start (2019) to this year. */
const YEARS = Array.from({ length: new Date().getFullYear() - 2018 }, (_, i) => String(new Date().getFullYear() - i));

/**
 * 追责问责登记簿: the records in the user's scope (personnel data: the province and cities only), the newest first,
 * filters for conduct, measure, the decision's year, subject type, state, region and keyword.
 */
export default function AccountabilityRecordList() {
  const { t } = useTranslation();
  const { def, stateLabel } = useWorkflow(RESOURCE);
  const codes = useCodeOptions();
  const { tableProps, filterCard } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'accountability-records.placeholders.keyword', width: 180 },
      conduct: { kind: 'eq', label: 'accountability-records.fields.conduct', width: 180, options: codes.conducts },
      measure: { kind: 'eq', label: 'accountability-records.fields.measure', width: 160, options: codes.measures },
      year: { kind: 'eq', label: 'accountability-records.fields.year', width: 100, options: YEARS.map((y) => ({ value: y, label: y })) },
      subjectType: { kind: 'eq', label: 'accountability-records.fields.subjectType', width: 120, options: codes.subjectTypes },
      state: {
        kind: 'eq',
        label: 'accountability-records.fields.state',
        width: 120,
        options: Object.keys(def?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
      },
      scope: { kind: 'region', label: 'accountability-records.fields.region', width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
  });
  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1300 }}>
        <Table.Column<Row>
          dataIndex="subjectName"
          title={t('accountability-records.fields.subjectName')}
          render={(name: string, r) => (
            <Space direction="vertical" size={0}>
              <span>{name}</span>
              <span className="yb-muted">{[r.unit, r.post].filter(Boolean).join(' · ')}</span>
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('accountability-records.fields.region')}
          width={130}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row>
          dataIndex="subjectType"
          title={t('accountability-records.fields.subjectType')}
          width={110}
          render={(c: string) => t(`accountabilitySubjectTypes.${c}`)}
        />
        <Table.Column<Row>
          dataIndex="conduct"
          title={t('accountability-records.fields.conduct')}
          width={170}
          render={(c: string) => t(`accountabilityConducts.${c}`)}
        />
        <Table.Column<Row>
          dataIndex="measures"
          title={t('accountability-records.fields.measures')}
          width={200}
          render={(_, r) => <MeasureTags measures={r.measures} />}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('accountability-records.fields.state')}
          width={110}
          render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
        />
        <Table.Column<Row> dataIndex="decidedOn" title={t('accountability-records.fields.decidedOn')} width={110} render={(d: string | null) => d ?? '—'} />
        <Table.Column<Row>
          dataIndex="effectEndsOn"
          title={t('accountability-records.fields.effectEndsOn')}
          width={150}
          render={(d: string | null, r) => (
            <Space size={4}>
              {d ?? (r.decidedOn && r.effectMonths === null && r.measures.includes('expulsion') ? t('accountability-records.permanent') : '—')}
              {r.executionOverdue && <Tag color="red">{t('accountability-records.executionOverdue')}</Tag>}
            </Space>
          )}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
