import { Show } from '@refinedev/antd';
import { useShow } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../components/BackIcon';
import { StatusPage } from '../../components/StatusPage';
import type { ApiError } from '../../providers/http';
import { ImportSummary, type ImportJob, isFinished } from './common';

/** One past (or running) import: the same summary the import page ends with. */
export default function RosterImportShow() {
  const { t } = useTranslation();
  const { query } = useShow<ImportJob, ApiError>({
    queryOptions: {
      staleTime: 0,
      refetchInterval: (q) => {
        const job = q.state.data?.data as ImportJob | undefined;
        return job && !isFinished(job) ? 1000 : false;
      },
    },
    errorNotification: (error) => (error?.statusCode === 404 ? false : { type: 'error', message: t('notifications.error', { statusCode: error?.statusCode }), description: error?.message }),
  });
  const job = query.data?.data;
  if (query.error?.statusCode === 404) return <StatusPage status={404} />;
  return (
    <Show goBack={<BackIcon />} isLoading={query.isLoading} title={job ? t('roster-imports.recordTitle', { month: job.params.month ?? '', id: job.id }) : undefined} canEdit={false} canDelete={false}>
      {job && <ImportSummary job={job} />}
    </Show>
  );
}
