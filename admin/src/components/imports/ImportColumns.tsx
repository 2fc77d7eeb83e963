import { Table } from 'antd';
import type { TFunction } from 'i18next';
import { IMPORT_STATUSES, ImportErrorsCell, type ImportJob, ImportProgress, ImportStatusTag, isFinished } from './ImportJob';

/**
 * What the list pages of every importer share: the status filter, the status column (a tag once finished, a
 * small progress bar while it runs), the rejected-rows column with its CSV report. Columns are functions
 * returning a `<Table.Column>`.
 */
type SortOrderOf = (field: string) => 'ascend' | 'descend' | null | undefined;

export function importStatusFilter(t: TFunction, label: string) {
  return {
    kind: 'eq' as const,
    label,
    width: 120,
    options: IMPORT_STATUSES.map((s) => ({ value: s, label: t(`imports.statuses.${s}`) })),
  };
}

export function importStatusColumn(title: string, sortOrder: SortOrderOf) {
  return (
    <Table.Column<ImportJob>
      dataIndex="status"
      title={title}
      width={180}
      sorter
      defaultSortOrder={sortOrder('status')}
      render={(s: string, j) => (isFinished(j) ? <ImportStatusTag status={s} /> : <ImportProgress job={j} size="small" />)}
    />
  );
}

export function importErrorsColumn(resource: string, title: string) {
  return (
    <Table.Column<ImportJob> dataIndex="errorCount" title={title} width={150} render={(_: number, j) => <ImportErrorsCell resource={resource} job={j} />} />
  );
}
