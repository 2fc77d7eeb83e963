import { DateField, List, ShowButton } from '@refinedev/antd';
import { Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DIFFERENCE_TYPES } from '@yibao/shared';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { IMPORT_STATUSES, ImportErrorsCell } from '../../../components/imports/ImportJob';
import { pollListWhileRunning } from '../../../hooks/useJob';
import { useListPage } from '../../../hooks/useListPage';
import { ImportProgress, ImportStatusTag, type ImportJob, RESOURCE, TemplateLinks, isFinished } from './common';

/** 按月比对: past roster imports, newest first, with their counts and error reports. */
export default function RosterImportList() {
  const { t } = useTranslation();
  const { tableProps, filterCard, sortOrder } = useListPage<ImportJob>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'roster-imports.placeholders.keyword', width: 200 },
      status: {
        kind: 'eq',
        label: 'roster-imports.fields.status',
        width: 120,
        options: IMPORT_STATUSES.map((s) => ({ value: s, label: t(`imports.statuses.${s}`) })),
      },
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
        <Table.Column<ImportJob> dataIndex="id" title={t('roster-imports.fields.id')} width={70} sorter defaultSortOrder={sortOrder('id')} />
        <Table.Column<ImportJob> key="month" title={t('roster-imports.fields.month')} width={90} render={(_, j) => j.params.month ?? '—'} />
        <Table.Column<ImportJob> dataIndex="filename" title={t('roster-imports.fields.filename')} ellipsis />
        <Table.Column<ImportJob> dataIndex="regionCode" title={t('roster-imports.fields.region')} render={(c: string) => <RegionName code={c} />} />
        <Table.Column<ImportJob> dataIndex="username" title={t('roster-imports.fields.username')} width={120} sorter defaultSortOrder={sortOrder('username')} />
        <Table.Column<ImportJob>
          dataIndex="status"
          title={t('roster-imports.fields.status')}
          width={180}
          sorter
          defaultSortOrder={sortOrder('status')}
          render={(s: string, j) => (isFinished(j) ? <ImportStatusTag status={s} /> : <ImportProgress job={j} size="small" />)}
        />
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
        <Table.Column<ImportJob>
          dataIndex="errorCount"
          title={t('roster-imports.fields.errors')}
          width={150}
          render={(_: number, j) => <ImportErrorsCell resource={RESOURCE} job={j} />}
        />
        <Table.Column<ImportJob>
          dataIndex="createdAt"
          title={t('roster-imports.fields.createdAt')}
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
