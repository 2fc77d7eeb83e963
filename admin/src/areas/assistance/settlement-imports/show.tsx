import { useTranslation } from 'react-i18next';
import { ImportShow } from '../../../components/imports/ImportShow';
import { SettlementImportSummary } from './common';

/** One past (or running) settlement import: the same summary the import page ends with. */
export default function SettlementImportShow() {
  const { t } = useTranslation();
  return <ImportShow title={(job) => t('settlement-imports.recordTitle', { id: job.id })} summary={(job) => <SettlementImportSummary job={job} />} />;
}
