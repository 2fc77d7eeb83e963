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
import { ScreeningButton, type ScreeningJob, ScreeningProgress, ScreeningStatusTag } from './common';

type Row = ScreeningJob;

/**
 * 数据筛查: the screening runs in scope, newest first, each with its progress (refreshed while one runs) and the
 * items it filed; the province or a city starts one from the header.
 */
export default function ScreeningList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<Row>({
    filters: {
      status: {
        kind: 'eq',
        label: 'over-protection-screenings.fields.status',
        width: 120,
        options: JOB_STATUSES.map((s) => ({ value: s, label: t(`over-protection-screenings.statuses.${s}`) })),
      },
      regionCode: { kind: 'region', label: 'over-protection-screenings.fields.unit', width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
    refetchInterval: pollListWhileRunning,
  });
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <ScreeningButton primary />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<Row> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1200 }}>
        {jobIdColumn<Row>(t('over-protection-screenings.fields.id'), sortOrder)}
        {jobRegionColumn<Row>(t('over-protection-screenings.fields.region'))}
        {jobYearColumn<Row>(t('over-protection-screenings.fields.year'))}
        {jobUsernameColumn<Row>(t('over-protection-screenings.fields.username'), sortOrder)}
        {jobStatusColumn<Row>(t('over-protection-screenings.fields.status'), sortOrder, (s) => (
          <ScreeningStatusTag status={s} />
        ))}
        {jobProgressColumn<Row>(t('over-protection-screenings.fields.progress'), (j) => (
          <ScreeningProgress job={j} size="small" />
        ))}
        <Table.Column<Row>
          key="items"
          title={t('over-protection-screenings.fields.items')}
          width={160}
          render={(_, j) =>
            j.result ? (
              <span data-testid="screening-items-cell">
                {t('over-protection-screenings.summary.counts', { created: j.result.created, updated: j.result.updated, unchanged: j.result.unchanged })}
              </span>
            ) : (
              <span className="yb-muted">—</span>
            )
          }
        />
        {jobCreatedAtColumn<Row>(t('over-protection-screenings.fields.createdAt'), sortOrder)}
        {jobFinishedAtColumn<Row>(t('over-protection-screenings.fields.finishedAt'))}
        {jobActionsColumn<Row>(t('table.actions'))}
      </Table>
    </List>
  );
}
