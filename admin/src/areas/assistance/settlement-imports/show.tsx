import { Show } from '@refinedev/antd';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { StatusPage } from '../../../components/StatusPage';
import type { ImportJob } from '../../../components/imports/ImportJob';
import { pollUntilFinished } from '../../../hooks/useJob';
import { useRecordShow } from '../../../hooks/useRecordShow';
import { SettlementImportSummary } from './common';

/** One past (or running) settlement import: the same summary the import page ends with. */
export default function SettlementImportShow() {
  const { t } = useTranslation();
  const { query, record: job, notFound } = useRecordShow<ImportJob>({ refetchInterval: pollUntilFinished });
  if (notFound) return <StatusPage status={404} />;
  return (
    <Show
      goBack={<BackIcon />}
      isLoading={query.isLoading}
      title={job ? t('settlement-imports.recordTitle', { id: job.id }) : undefined}
      canEdit={false}
      canDelete={false}
    >
      {job && <SettlementImportSummary job={job} />}
    </Show>
  );
}
