import { List } from '@refinedev/antd';
import { COST_WARNING_WORKFLOW, type IdentityCategory } from '@yibao/shared';
import { Space, Table, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IdentityTags } from '../../../components/EnrollmentLabels';
import { FilterCard } from '../../../components/FilterCard';
import { ListExportButton } from '../../../components/ListExportButton';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { formatFen, formatFenPlain } from '../../../components/money';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { type CostWarningRecord, DEPARTMENTS, DetectButton, RESOURCE, WarningOverdueTag } from './common';
import { idNumberColumn, regionColumn } from '../components/person-columns';
import { showActionColumn } from '../../../components/ShowActionColumn';

type Row = CostWarningRecord;
const STAGES = Object.keys(COST_WARNING_WORKFLOW.states);
const ALL = 'all';

/**
 * 高额费用预警 board: warnings by stage (已发现 → 已核实 → 已帮扶 → 已清零, or 排除), the oldest stage change
 * first so the overdue lead; filters for overdue, department, year, region and name / ID digits.
 */
export default function CostWarningList() {
  const { t } = useTranslation();
  const { stateLabel } = useWorkflow(RESOURCE);
  const { tableProps, filterCard, sortOrder, filters, sorters, setFilters } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'cost-warnings.placeholders.keyword', width: 180 },
      overdue: {
        kind: 'eq',
        label: 'cost-warnings.fields.overdue',
        width: 110,
        options: yesNoOptions(t('cost-warnings.overdueYes'), t('cost-warnings.overdueNo')),
      },
      department: {
        kind: 'eq',
        label: 'cost-warnings.fields.department',
        width: 120,
        options: DEPARTMENTS.map((d) => ({ value: d, label: t(`sourceDepartments.${d}`) })),
      },
      year: { kind: 'number', label: 'cost-warnings.fields.year', width: 100 },
      regionCode: { kind: 'region', label: 'cost-warnings.fields.region', width: 180 },
    },
    sort: [
      { field: 'stateChangedAt', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
  });
  const stage = (filters.find((f) => 'field' in f && f.field === 'state' && f.operator === 'eq')?.value as string | undefined) ?? ALL;
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <Link to="/cost-warnings/pushes">{t('cost-warnings.pushesLink')}</Link>
          <DetectButton />
          <ListExportButton<Row>
            resource={RESOURCE}
            filters={filters}
            sorters={sorters}
            filename="cost-warnings.csv"
            columns={[
              { title: t('cost-warnings.fields.name'), value: (r) => r.name },
              { title: t('cost-warnings.fields.idNumber'), value: (r) => r.idNumber },
              { title: t('cost-warnings.fields.region'), value: (r) => r.regionCode },
              { title: t('cost-warnings.fields.year'), value: (r) => r.year },
              { title: t('cost-warnings.fields.burdenYuan'), value: (r) => formatFenPlain(r.burdenFen) },
              { title: t('cost-warnings.fields.thresholdYuan'), value: (r) => formatFenPlain(r.thresholdFen) },
              { title: t('cost-warnings.fields.state'), value: (r) => stateLabel(r.state) },
              { title: t('cost-warnings.fields.overdue'), value: (r) => (r.overdue ? t('cost-warnings.overdue') : '') },
              { title: t('cost-warnings.fields.department'), value: (r) => t(`sourceDepartments.${r.department}`) },
            ]}
          />
          {defaultButtons}
        </>
      )}
    >
      <Tabs
        activeKey={stage}
        onChange={(key) => setFilters([{ field: 'state', operator: 'eq', value: key === ALL ? undefined : key }], 'merge')}
        items={[{ key: ALL, label: t('cost-warnings.allStages') }, ...STAGES.map((s) => ({ key: s, label: stateLabel(s) }))]}
        data-testid="stage-tabs"
      />
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1300 }} rowClassName={(r) => (r.overdue ? 'yb-row-overdue' : '')}>
        <Table.Column<Row> dataIndex="name" title={t('cost-warnings.fields.name')} width={100} />
        {idNumberColumn<Row>(t('cost-warnings.fields.idNumber'))}
        {regionColumn<Row>(t('cost-warnings.fields.region'), sortOrder)}
        <Table.Column<Row>
          dataIndex="identityCategories"
          title={t('cost-warnings.fields.identities')}
          render={(c: string[]) => <IdentityTags categories={c as IdentityCategory[]} max={2} />}
        />
        <Table.Column<Row>
          dataIndex="burdenFen"
          title={t('cost-warnings.fields.burdenYuan')}
          width={150}
          align="right"
          sorter
          defaultSortOrder={sortOrder('burdenFen')}
          render={(v: number, r) => (
            <span className="yb-mono" title={t('cost-warnings.thresholdOf', { threshold: formatFen(r.thresholdFen) })}>
              {formatFen(v)}
            </span>
          )}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('cost-warnings.fields.state')}
          width={190}
          sorter
          defaultSortOrder={sortOrder('state')}
          render={(s: string, r) => (
            <Space size={4} wrap>
              <WorkflowStateTag resource={RESOURCE} state={s} />
              {r.overdue && <WarningOverdueTag dueAt={r.dueAt} />}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="stateChangedAt"
          title={t('cost-warnings.fields.dueAt')}
          width={120}
          sorter
          defaultSortOrder={sortOrder('stateChangedAt')}
          render={(_: string, r) => (r.dueAt ? r.dueAt.slice(0, 10) : <span className="yb-muted">—</span>)}
        />
        <Table.Column<Row>
          dataIndex="department"
          title={t('cost-warnings.fields.department')}
          width={100}
          render={(d: string) => t(`sourceDepartments.${d}`)}
        />
        <Table.Column<Row> dataIndex="year" title={t('cost-warnings.fields.year')} width={80} sorter defaultSortOrder={sortOrder('year')} />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
    </List>
  );
}
