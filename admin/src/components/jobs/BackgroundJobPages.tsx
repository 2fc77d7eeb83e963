import { DateField, List, Show } from '@refinedev/antd';
import type { BackgroundJobRecord } from '@yibao/shared';
import { Alert, Card, Col, Descriptions, Row, Space, Statistic, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../BackIcon';
import { FilterCard } from '../FilterCard';
import { RegionName } from '../RegionName';
import { StatusPage } from '../StatusPage';
import { pollListWhileRunning, pollUntilFinished } from '../../hooks/useJob';
import { type FilterSpec, useListPage } from '../../hooks/useListPage';
import { useRecordShow } from '../../hooks/useRecordShow';
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
} from './JobColumns';
import { JOB_STATUSES, JobProgress, JobStatusTag } from './JobProgress';

/**
 * The list and show pages of a background run over a region and a year (settlement recomputes, over-protection
 * screenings, screening runs): one shape, each kind bringing only its words, its start button, the column of what
 * it found and its summary. The words are `<i18nPrefix>.{statuses.*, fields.*, progress, units, queued, counting,
 * recordTitle, failed}`; the test ids `<testId>-status`, `-progress`, `-failed`.
 */
export interface BackgroundJobKind {
  i18nPrefix: string;
  testId: string;
}

/** A run over a region and a year, as its `params` say (the region falls back to the unit that started it). */
export type RegionYearJob<R = unknown> = BackgroundJobRecord<R, { regionCode?: string; year?: number }>;

export function BackgroundJobStatusTag({ kind, status }: { kind: BackgroundJobKind; status: string }) {
  const { t } = useTranslation();
  return <JobStatusTag status={status} label={t(`${kind.i18nPrefix}.statuses.${status}`, { defaultValue: status })} testId={`${kind.testId}-status`} />;
}

/** Units done / units counted; before the runner has counted them, a running bar without a figure. */
export function BackgroundJobProgress({ kind, job, size }: { kind: BackgroundJobKind; job: RegionYearJob; size?: 'default' | 'small' }) {
  const { t } = useTranslation();
  const p = kind.i18nPrefix;
  return (
    <JobProgress
      job={job}
      size={size}
      label={t(`${p}.progress`)}
      caption={
        job.total !== null ? t(`${p}.units`, { processed: job.processed, total: job.total }) : t(job.status === 'queued' ? `${p}.queued` : `${p}.counting`)
      }
      testId={`${kind.testId}-progress`}
    />
  );
}

/**
 * A kind's runs in scope, newest first, each with its progress (the list read again while one runs) and what it
 * found (`result`, a dash until it has succeeded); the kind's start button in the header.
 */
export function BackgroundJobListPage<J extends RegionYearJob>({
  kind,
  startButton,
  filters,
  result,
  scrollX = 1200,
}: {
  kind: BackgroundJobKind;
  startButton: ReactNode;
  /** filters before the status and the unit, e.g. a keyword */
  filters?: FilterSpec;
  /** the column of what a succeeded run found */
  result: { key: string; title: string; width: number; align?: 'right'; render: (result: NonNullable<J['result']>) => ReactNode };
  scrollX?: number;
}) {
  const { t } = useTranslation();
  const p = kind.i18nPrefix;
  const { tableProps, filterCard, sortOrder } = useListPage<J>({
    filters: {
      ...filters,
      status: {
        kind: 'eq',
        label: `${p}.fields.status`,
        width: 120,
        options: JOB_STATUSES.map((s) => ({ value: s, label: t(`${p}.statuses.${s}`) })),
      },
      regionCode: { kind: 'region', label: `${p}.fields.unit`, width: 180 },
    },
    sort: [{ field: 'id', order: 'desc' }],
    refetchInterval: pollListWhileRunning,
  });
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {startButton}
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<J> {...tableProps} rowKey="id" size="middle" scroll={{ x: scrollX }}>
        {jobIdColumn<J>(t(`${p}.fields.id`), sortOrder)}
        {jobRegionColumn<J>(t(`${p}.fields.region`))}
        {jobYearColumn<J>(t(`${p}.fields.year`))}
        {jobUsernameColumn<J>(t(`${p}.fields.username`), sortOrder)}
        {jobStatusColumn<J>(t(`${p}.fields.status`), sortOrder, (s) => (
          <BackgroundJobStatusTag kind={kind} status={s} />
        ))}
        {jobProgressColumn<J>(t(`${p}.fields.progress`), (j) => (
          <BackgroundJobProgress kind={kind} job={j} size="small" />
        ))}
        <Table.Column<J>
          key={result.key}
          title={result.title}
          width={result.width}
          align={result.align}
          render={(_, j) => (j.result ? result.render(j.result as NonNullable<J['result']>) : <span className="yb-muted">—</span>)}
        />
        {jobCreatedAtColumn<J>(t(`${p}.fields.createdAt`), sortOrder)}
        {jobFinishedAtColumn<J>(t(`${p}.fields.finishedAt`))}
        {jobActionsColumn<J>(t('table.actions'))}
      </Table>
    </List>
  );
}

/** A time the job has reached, to the second; a dash until then (also for a kind's own facts, e.g. when it started). */
export const jobInstant = (v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm:ss" /> : <span className="yb-muted">—</span>);

/**
 * One run: its region, year, status, the kind's own facts, who started it and when, its progress (read every second
 * until it has finished), then the kind's summary — or why it failed, with the kind's hint and action.
 */
export function BackgroundJobShowPage<J extends RegionYearJob>({
  kind,
  facts,
  summary,
  failedHint,
  failedAction,
}: {
  kind: BackgroundJobKind;
  /** `Descriptions.Item`s after the status */
  facts?: (job: J) => ReactNode;
  summary: (result: NonNullable<J['result']>, job: J) => ReactNode;
  failedHint?: (job: J) => ReactNode;
  failedAction?: (job: J) => ReactNode;
}) {
  const { t } = useTranslation();
  const p = kind.i18nPrefix;
  const { query, record: job, notFound } = useRecordShow<J>({ refetchInterval: pollUntilFinished });
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show goBack={<BackIcon />} isLoading={query.isLoading} title={job ? t(`${p}.recordTitle`, { id: job.id }) : undefined} canEdit={false} canDelete={false}>
      {job && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t(`${p}.fields.region`)}>
              <RegionName code={job.params.regionCode ?? job.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t(`${p}.fields.year`)}>{job.params.year ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t(`${p}.fields.status`)}>
              <BackgroundJobStatusTag kind={kind} status={job.status} />
            </Descriptions.Item>
            {facts?.(job)}
            <Descriptions.Item label={t(`${p}.fields.username`)}>{job.username}</Descriptions.Item>
            <Descriptions.Item label={t(`${p}.fields.createdAt`)}>{jobInstant(job.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t(`${p}.fields.finishedAt`)}>{jobInstant(job.finishedAt)}</Descriptions.Item>
          </Descriptions>
          <BackgroundJobProgress kind={kind} job={job} />
          {job.status === 'failed' && (
            <Alert
              type="error"
              showIcon
              data-testid={`${kind.testId}-failed`}
              message={t(`${p}.failed`)}
              description={
                <>
                  {job.message && <div>{job.message}</div>}
                  {failedHint && <div>{failedHint(job)}</div>}
                </>
              }
              action={failedAction?.(job)}
            />
          )}
          {job.status === 'succeeded' && job.result != null ? summary(job.result as NonNullable<J['result']>, job) : null}
        </Space>
      )}
    </Show>
  );
}

/** One figure of a run's summary; `color` when it asks for attention. */
export interface JobSummaryStat {
  key: string;
  title: string;
  value: number;
  color?: string;
}

/**
 * What every finished run's summary opens with: a green line saying what it did, its main figures as cards
 * (test ids `<testId>-<key>`), then the kind's tables and links (`children`).
 */
export function BackgroundJobSummary({
  kind,
  done,
  description,
  stats = [],
  children,
}: {
  kind: BackgroundJobKind;
  done: string;
  description?: ReactNode;
  stats?: JobSummaryStat[];
  children: ReactNode;
}) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid={`${kind.testId}-summary`}>
      <Alert type="success" showIcon data-testid={`${kind.testId}-done`} message={done} description={description} />
      {stats.length > 0 && (
        <Row gutter={[16, 16]}>
          {stats.map((s) => (
            <Col key={s.key} xs={24} sm={24 / stats.length}>
              <Card size="small">
                <Statistic title={s.title} value={s.value} valueStyle={s.color ? { color: s.color } : undefined} data-testid={`${kind.testId}-${s.key}`} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {children}
    </Space>
  );
}
