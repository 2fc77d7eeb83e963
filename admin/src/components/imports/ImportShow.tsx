import { Show } from '@refinedev/antd';
import type { ReactNode } from 'react';
import { pollUntilFinished } from '../../hooks/useJob';
import { useRecordShow } from '../../hooks/useRecordShow';
import { BackIcon } from '../BackIcon';
import { StatusPage } from '../StatusPage';
import type { ImportJob } from './ImportJob';

/**
 * The show page of every importer: one past (or running) import, read again each second until it has
 * finished, drawn by `summary` (the same summary the import page ends with) under the importer's `title`.
 */
export function ImportShow({ title, summary }: { title: (job: ImportJob) => string; summary: (job: ImportJob) => ReactNode }) {
  const { query, record: job, notFound } = useRecordShow<ImportJob>({ refetchInterval: pollUntilFinished });
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show goBack={<BackIcon />} isLoading={query.isLoading} title={job ? title(job) : undefined} canEdit={false} canDelete={false}>
      {job && summary(job)}
    </Show>
  );
}
