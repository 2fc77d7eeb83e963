import { List } from '@refinedev/antd';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { importErrorsColumn, importStatusColumn, importStatusFilter } from '../../../components/imports/ImportColumns';
import type { ImportJob } from '../../../components/imports/ImportJob';
import { jobActionsColumn, jobCreatedAtColumn, jobIdColumn, jobUsernameColumn } from '../../../components/jobs/JobColumns';
import { pollListWhileRunning } from '../../../hooks/useJob';
import { useListPage } from '../../../hooks/useListPage';
import { RESOURCE, SettlementTemplates } from './common';

/** The import's counts shown as columns, in this order. */
const IMPORT_COUNTS = ['recorded', 'flagged', 'duplicate'] as const;

/** 结算导入: past settlement imports, newest first, with their counts and error reports. */
export default function SettlementImportList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<ImportJob>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'settlement-imports.placeholders.keyword', width: 200 },
      status: importStatusFilter(t, 'imports.fields.status'),
    },
    sort: [{ field: 'id', order: 'desc' }],
    refetchInterval: pollListWhileRunning,
  });
  const count = (n: number | undefined) => (n ? n : <span className="yb-muted">0</span>);
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <SettlementTemplates />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<ImportJob> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1200 }}>
        {jobIdColumn<ImportJob>(t('settlement-imports.fields.id'), sortOrder)}
        <Table.Column<ImportJob> dataIndex="filename" title={t('imports.fields.filename')} ellipsis />
        <Table.Column<ImportJob> dataIndex="regionCode" title={t('settlement-imports.fields.region')} render={(c: string) => <RegionName code={c} />} />
        {jobUsernameColumn<ImportJob>(t('imports.fields.username'), sortOrder)}
        {importStatusColumn(t('imports.fields.status'), sortOrder)}
        <Table.Column<ImportJob> dataIndex="processedRows" title={t('settlement-imports.fields.rows')} width={90} align="right" />
        {IMPORT_COUNTS.map((k) => (
          <Table.Column<ImportJob> key={k} title={t(`settlement-imports.counts.${k}`)} width={90} align="right" render={(_, j) => count(j.counts[k])} />
        ))}
        {importErrorsColumn(RESOURCE, t('imports.summary.errors'))}
        {jobCreatedAtColumn<ImportJob>(t('imports.fields.createdAt'), sortOrder)}
        {jobActionsColumn<ImportJob>(t('table.actions'))}
      </Table>
    </List>
  );
}
