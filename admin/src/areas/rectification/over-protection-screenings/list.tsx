import { DateField, List } from '@refinedev/antd';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { jobActionsColumn, jobCreatedAtColumn, jobIdColumn, jobUsernameColumn } from '../../../components/jobs/JobColumns';
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
  const time = (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : <span className="yb-muted">—</span>);
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
        <Table.Column<Row>
          key="region"
          title={t('over-protection-screenings.fields.region')}
          render={(_, j) => <RegionName code={j.params.regionCode ?? j.regionCode} />}
        />
        <Table.Column<Row> key="year" title={t('over-protection-screenings.fields.year')} width={70} render={(_, j) => j.params.year ?? '—'} />
        {jobUsernameColumn<Row>(t('over-protection-screenings.fields.username'), sortOrder)}
        <Table.Column<Row>
          dataIndex="status"
          title={t('over-protection-screenings.fields.status')}
          width={100}
          sorter
          defaultSortOrder={sortOrder('status')}
          render={(s: string) => <ScreeningStatusTag status={s} />}
        />
        <Table.Column<Row>
          key="progress"
          title={t('over-protection-screenings.fields.progress')}
          width={200}
          render={(_, j) => <ScreeningProgress job={j} size="small" />}
        />
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
        {jobCreatedAtColumn<Row>(t('over-protection-screenings.fields.createdAt'), sortOrder, time)}
        <Table.Column<Row> dataIndex="finishedAt" title={t('over-protection-screenings.fields.finishedAt')} width={150} render={time} />
        {jobActionsColumn<Row>(t('table.actions'))}
      </Table>
    </List>
  );
}
