import { DateField, List, ShowButton } from '@refinedev/antd';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { IMPORT_STATUSES, ImportErrorsCell, type ImportJob, ImportProgress, ImportStatusTag, isFinished } from '../../../components/imports/ImportJob';
import { pollListWhileRunning } from '../../../hooks/useJob';
import { useListPage } from '../../../hooks/useListPage';
import { RESOURCE, SettlementTemplates } from './common';

/** 结算导入: past settlement imports, newest first, with their counts and error reports. */
export default function SettlementImportList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<ImportJob>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'settlement-imports.placeholders.keyword', width: 200 },
      status: {
        kind: 'eq',
        label: 'imports.fields.status',
        width: 120,
        options: IMPORT_STATUSES.map((s) => ({ value: s, label: t(`imports.statuses.${s}`) })),
      },
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
        <Table.Column<ImportJob> dataIndex="id" title={t('settlement-imports.fields.id')} width={70} sorter defaultSortOrder={sortOrder('id')} />
        <Table.Column<ImportJob> dataIndex="filename" title={t('imports.fields.filename')} ellipsis />
        <Table.Column<ImportJob> dataIndex="regionCode" title={t('settlement-imports.fields.region')} render={(c: string) => <RegionName code={c} />} />
        <Table.Column<ImportJob> dataIndex="username" title={t('imports.fields.username')} width={120} sorter defaultSortOrder={sortOrder('username')} />
        <Table.Column<ImportJob>
          dataIndex="status"
          title={t('imports.fields.status')}
          width={180}
          sorter
          defaultSortOrder={sortOrder('status')}
          render={(s: string, j) => (isFinished(j) ? <ImportStatusTag status={s} /> : <ImportProgress job={j} size="small" />)}
        />
        <Table.Column<ImportJob> dataIndex="processedRows" title={t('settlement-imports.fields.rows')} width={90} align="right" />
        <Table.Column<ImportJob>
          key="recorded"
          title={t('settlement-imports.counts.recorded')}
          width={90}
          align="right"
          render={(_, j) => count(j.counts.recorded)}
        />
        <Table.Column<ImportJob>
          key="flagged"
          title={t('settlement-imports.counts.flagged')}
          width={90}
          align="right"
          render={(_, j) => count(j.counts.flagged)}
        />
        <Table.Column<ImportJob>
          key="duplicate"
          title={t('settlement-imports.counts.duplicate')}
          width={90}
          align="right"
          render={(_, j) => count(j.counts.duplicate)}
        />
        <Table.Column<ImportJob>
          dataIndex="errorCount"
          title={t('imports.summary.errors')}
          width={150}
          render={(_: number, j) => <ImportErrorsCell resource={RESOURCE} job={j} />}
        />
        <Table.Column<ImportJob>
          dataIndex="createdAt"
          title={t('imports.fields.createdAt')}
          width={150}
          sorter
          defaultSortOrder={sortOrder('createdAt')}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<ImportJob>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={90}
          render={(_, j) => <ShowButton size="small" type="link" recordItemId={j.id} />}
        />
      </Table>
    </List>
  );
}
