import { List } from '@refinedev/antd';
import { Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIFFERENCE_TYPES } from '@yibao/shared';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { importErrorsColumn, importStatusColumn, importStatusFilter } from '../../../components/imports/ImportColumns';
import { jobActionsColumn, jobCreatedAtColumn, jobIdColumn, jobUsernameColumn } from '../../../components/jobs/JobColumns';
import { pollListWhileRunning } from '../../../hooks/useJob';
import { useListPage } from '../../../hooks/useListPage';
import { type ImportJob, RESOURCE, TemplateLinks } from './common';

/** 按月比对: past roster imports, newest first, with their counts and error reports. */
export default function RosterImportList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<ImportJob>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'roster-imports.placeholders.keyword', width: 200 },
      status: importStatusFilter(t, 'roster-imports.fields.status'),
    },
    sort: [{ field: 'id', order: 'desc' }],
    // A running import in the list moves on by itself.
    refetchInterval: pollListWhileRunning,
  });

  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          <TemplateLinks />
          {defaultButtons}
        </>
      )}
    >
      <FilterCard {...filterCard} />
      <Table<ImportJob> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1200 }}>
        {jobIdColumn<ImportJob>(t('roster-imports.fields.id'), sortOrder)}
        <Table.Column<ImportJob> key="month" title={t('roster-imports.fields.month')} width={90} render={(_, j) => j.params.month ?? '—'} />
        <Table.Column<ImportJob> dataIndex="filename" title={t('roster-imports.fields.filename')} ellipsis />
        <Table.Column<ImportJob> dataIndex="regionCode" title={t('roster-imports.fields.region')} render={(c: string) => <RegionName code={c} />} />
        {jobUsernameColumn<ImportJob>(t('roster-imports.fields.username'), sortOrder)}
        {importStatusColumn(t('roster-imports.fields.status'), sortOrder)}
        <Table.Column<ImportJob> dataIndex="processedRows" title={t('roster-imports.fields.rows')} width={90} align="right" />
        <Table.Column<ImportJob>
          key="differences"
          title={t('roster-imports.fields.differences')}
          render={(_, j) => {
            const parts = DIFFERENCE_TYPES.filter((d) => j.counts[d]).map((d) => `${t(`differenceTypes.${d}`)} ${j.counts[d]}`);
            const total = DIFFERENCE_TYPES.reduce((n, d) => n + (j.counts[d] ?? 0), 0);
            return parts.length ? (
              <Tooltip title={parts.join('；')}>
                <span>{total}</span>
              </Tooltip>
            ) : (
              <span className="yb-muted">0</span>
            );
          }}
        />
        {importErrorsColumn(RESOURCE, t('roster-imports.fields.errors'))}
        {jobCreatedAtColumn<ImportJob>(t('roster-imports.fields.createdAt'), sortOrder)}
        {jobActionsColumn<ImportJob>(t('table.actions'))}
      </Table>
    </List>
  );
}
