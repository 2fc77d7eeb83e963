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
import { ScreeningRunButton, type ScreeningRunJob, ScreeningRunProgress, ScreeningRunStatusTag } from './common';

type Row = ScreeningRunJob;

/** 智能监控筛查: the runs in scope, newest first, each with its progress and the 疑点 it found; a city or the province starts one. */
export default function ScreeningRunList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      status: {
        kind: 'eq',
        label: 'screening-runs.fields.status',
        width: 120,
        options: JOB_STATUSES.map((s) => ({ value: s, label: t(`screening-runs.statuses.${s}`) })),
      },
      regionCode: { kind: 'region', label: 'screening-runs.fields.unit', width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
    refetchInterval: pollListWhileRunning,
  });
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <ScreeningRunButton primary />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1200 }}>
        {jobIdColumn<Row>(t('screening-runs.fields.id'), sortOrder)}
        {jobRegionColumn<Row>(t('screening-runs.fields.region'))}
        {jobYearColumn<Row>(t('screening-runs.fields.year'))}
        {jobUsernameColumn<Row>(t('screening-runs.fields.username'), sortOrder)}
        {jobStatusColumn<Row>(t('screening-runs.fields.status'), sortOrder, (s) => (
          <ScreeningRunStatusTag status={s} />
        ))}
        {jobProgressColumn<Row>(t('screening-runs.fields.progress'), (j) => (
          <ScreeningRunProgress job={j} size="small" />
        ))}
        <Table.Column<Row>
          key="hits"
          title={t('screening-runs.fields.created')}
          width={140}
          render={(_, j) =>
            j.result ? (
              <span data-testid="screening-run-created-cell">{j.result.rules.reduce((n, l) => n + l.created, 0)}</span>
            ) : (
              <span className="yb-muted">—</span>
            )
          }
        />
        {jobCreatedAtColumn<Row>(t('screening-runs.fields.createdAt'), sortOrder)}
        {jobFinishedAtColumn<Row>(t('screening-runs.fields.finishedAt'))}
        {jobActionsColumn<Row>(t('table.actions'))}
      </Table>
    </List>
  );
}
