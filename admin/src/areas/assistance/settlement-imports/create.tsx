import { Create } from '@refinedev/antd';
import { useTranslation } from 'react-i18next';
import { BackIcon } from '../../../components/BackIcon';
import { ImportStart } from '../../../components/imports/ImportJob';
import { RESOURCE, SettlementImportSummary, SettlementTemplates } from './common';

/** 导入结算明细: one CSV or XLSX of settlements (amounts in 元), worked through as a job and followed each second. */
export default function SettlementImportCreate() {
  const { t } = useTranslation();
  return (
    <Create goBack={<BackIcon />} title={t('settlement-imports.titles.create')} footerButtons={() => null} headerButtons={() => <SettlementTemplates />}>
      <ImportStart<object> resource={RESOURCE} intro={t('settlement-imports.intro')} summary={(job) => <SettlementImportSummary job={job} />} />
    </Create>
  );
}
