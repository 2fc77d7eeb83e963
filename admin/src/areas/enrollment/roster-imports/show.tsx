import { Show } from '@refinedev/antd';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { StatusPage } from '../../../components/StatusPage';
import { pollUntilFinished } from '../../../hooks/useJob';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { ImportSummary, type ImportJob } from './common';

/** One past (or running) import: the same summary the import page ends with. */
export default function RosterImportShow() {
  const { t } = useTranslation();
  const { query, record: job, notFound } = useRecordShow<ImportJob>({ refetchInterval: pollUntilFinished });
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={job ? t('roster-imports.recordTitle', { month: job.params.month ?? '', id: job.id }) : undefined}
      canEdit={false}
      canDelete={false}
    >
      {job && <ImportSummary job={job} />}
    </Show>
  );
}
