import { List } from '@refinedev/antd';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import {
  jobActionsColumn,
  jobCreatedAtColumn,
  jobFinishedAtColumn,
  jobIdColumn,
  jobProgressColumn,
  jobRegionColumn,
  jobStatusColumn,
  jobUsernameColumn,
  jobYearColumn,
} from '../../../components/jobs/JobColumns';
import { JOB_STATUSES } from '../../../components/jobs/JobProgress';
import { pollListWhileRunning } from '../../../hooks/useJob';
import { useListPage } from '../../../hooks/useListPage';
import { RecomputeButton, type RecomputeJob, RecomputeProgress, RecomputeStatusTag } from '../components/settlement-recomputes';

type Row = RecomputeJob;

/**
 * 结算重算: the recomputes run in scope, newest first, each with its progress (refreshed while one runs) and
 * what it rewrote; the city starts one from the header (重算), the province reads them.
 */
export default function SettlementRecomputeList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'settlement-recomputes.placeholders.keyword', width: 160 },
      status: {
        kind: 'eq',
        label: 'settlement-recomputes.fields.status',
        width: 120,
        options: JOB_STATUSES.map((s) => ({ value: s, label: t(`settlement-recomputes.statuses.${s}`) })),
      },
      regionCode: { kind: 'region', label: 'settlement-recomputes.fields.unit', width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
    refetchInterval: pollListWhileRunning,
  });
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <RecomputeButton primary />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1300 }}>
        {jobIdColumn<Row>(t('settlement-recomputes.fields.id'), sortOrder)}
        {jobRegionColumn<Row>(t('settlement-recomputes.fields.region'))}
        {jobYearColumn<Row>(t('settlement-recomputes.fields.year'))}
        {jobUsernameColumn<Row>(t('settlement-recomputes.fields.username'), sortOrder)}
        {jobStatusColumn<Row>(t('settlement-recomputes.fields.status'), sortOrder, (s) => (
          <RecomputeStatusTag status={s} />
        ))}
        {jobProgressColumn<Row>(t('settlement-recomputes.fields.progress'), (j) => (
          <RecomputeProgress job={j} size="small" />
        ))}
        <Table.Column<Row>
          key="changed"
          title={t('settlement-recomputes.fields.changed')}
          width={120}
          align="right"
          render={(_, j) =>
            j.result ? <span data-testid="recompute-changed-cell">{`${j.result.changed} / ${j.result.settlements}`}</span> : <span className="yb-muted">—</span>
          }
        />
        {jobCreatedAtColumn<Row>(t('settlement-recomputes.fields.createdAt'), sortOrder)}
        {jobFinishedAtColumn<Row>(t('settlement-recomputes.fields.finishedAt'))}
        {jobActionsColumn<Row>(t('table.actions'))}
      </Table>
    </List>
  );
}
