import { useTranslation } from 'react-i18next';
import { ImportShow } from '../../../components/imports/ImportShow';
import { ImportSummary } from './common';

/** One past (or running) import: the same summary the import page ends with. */
export default function RosterImportShow() {
  const { t } = useTranslation();
  return (
    <ImportShow
      title={(job) => t('roster-imports.recordTitle', { month: job.params.month ?? '', id: job.id })}
      summary={(job) => <ImportSummary job={job} />}
    />
  );
}
