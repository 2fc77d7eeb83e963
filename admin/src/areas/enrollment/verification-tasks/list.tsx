import { List } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import { DIFFERENCE_TYPES, type DifferenceType, type VerificationTaskRecord } from '@yibao/shared';
import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DifferenceTypeTag, OverdueTag, TaskOutcomeTag } from '../../../components/EnrollmentLabels';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import { CloseTaskModal } from '../components/CloseTaskModal';

const dash = <span className="yb-muted">—</span>;

/**
 * 核查任务: the differences the monthly comparisons found, open ones by deadline (the overdue first, in
 * red), each closed with its outcome. Filters: type, open/closed, overdue, month, region, name or ID digits.
 */
export default function VerificationTaskList() {
  const { t } = useTranslation();
  const { data: canClose } = useCan({ resource: 'verification-tasks', action: 'edit' });
  const [closing, setClosing] = useState<VerificationTaskRecord>();
  const { tableProps, filterCard, sortOrder } = useListPage<VerificationTaskRecord>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'beneficiaries.placeholders.keyword', width: 180 },
      differenceType: {
        kind: 'eq',
        label: 'verification-tasks.fields.differenceType',
        width: 160,
        options: DIFFERENCE_TYPES.map((d) => ({ value: d, label: t(`differenceTypes.${d}`) })),
      },
      open: {
        kind: 'eq',
        label: 'verification-tasks.fields.state',
        width: 100,
        options: yesNoOptions(t('verification-tasks.open'), t('verification-tasks.closed')),
      },
      overdue: {
        kind: 'eq',
        label: 'verification-tasks.overdue',
        width: 100,
        options: yesNoOptions(t('verification-tasks.overdueYes'), t('verification-tasks.overdueNo')),
      },
      month: { kind: 'month', label: 'verification-tasks.fields.month', width: 130 },
      regionCode: { kind: 'region', label: 'verification-tasks.fields.region', width: 180 },
    },
    sort: [
      { field: 'deadline', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
    initialFilters: [{ field: 'open', operator: 'eq', value: 'true' }],
  });

  return (
    <List>
      <FilterCard {...filterCard} />
      <Table<VerificationTaskRecord>
        {...tableProps}
        rowKey="id"
        size="middle"
        scroll={{ x: 1250 }}
        rowClassName={(r) => (r.overdue ? 'yb-row-overdue' : '')}
        data-testid="task-table"
      >
        <Table.Column<VerificationTaskRecord>
          dataIndex="name"
          title={t('verification-tasks.fields.person')}
          render={(name: string, r) => (
            <Space direction="vertical" size={0}>
              {r.beneficiaryId ? <Link to={`/beneficiaries/show/${r.beneficiaryId}`}>{name}</Link> : <span>{name}</span>}
              <span className="yb-mono yb-muted" style={{ fontSize: 12 }}>
                {r.idNumber}
              </span>
            </Space>
          )}
        />
        <Table.Column<VerificationTaskRecord>
          dataIndex="regionCode"
          title={t('verification-tasks.fields.region')}
          sorter
          defaultSortOrder={sortOrder('regionCode')}
          render={(c: string) => <RegionName code={c} />}
        />
        <Table.Column<VerificationTaskRecord>
          dataIndex="month"
          title={t('verification-tasks.fields.month')}
          width={100}
          sorter
          defaultSortOrder={sortOrder('month')}
        />
        <Table.Column<VerificationTaskRecord>
          dataIndex="differenceType"
          title={t('verification-tasks.fields.differenceType')}
          width={150}
          sorter
          defaultSortOrder={sortOrder('differenceType')}
          render={(d: DifferenceType) => <DifferenceTypeTag type={d} />}
        />
        <Table.Column<VerificationTaskRecord>
          dataIndex="deadline"
          title={t('verification-tasks.fields.deadline')}
          width={170}
          sorter
          defaultSortOrder={sortOrder('deadline')}
          render={(v: string, r) => (
            <Space size={4}>
              {v}
              {r.overdue && <OverdueTag deadline={v} />}
            </Space>
          )}
        />
        <Table.Column<VerificationTaskRecord>
          dataIndex="outcome"
          title={t('verification-tasks.fields.outcome')}
          width={160}
          sorter
          defaultSortOrder={sortOrder('outcome')}
          render={(o: VerificationTaskRecord['outcome'], r) => (
            <Space direction="vertical" size={0}>
              <TaskOutcomeTag outcome={o} />
              {r.outcomeNote && (
                <span className="yb-muted" style={{ fontSize: 12 }}>
                  {r.outcomeNote}
                </span>
              )}
            </Space>
          )}
        />
        <Table.Column<VerificationTaskRecord>
          dataIndex="createdAt"
          title={t('verification-tasks.fields.createdAt')}
          width={110}
          sorter
          defaultSortOrder={sortOrder('createdAt')}
          render={(v: string) => (v ? v.slice(0, 10) : dash)}
        />
        <Table.Column<VerificationTaskRecord>
          key="actions"
          title={t('table.actions')}
          fixed="right"
          width={110}
          render={(_, r) =>
            canClose?.can && !r.outcome && r.closable ? (
              <Button size="small" type="link" onClick={() => setClosing(r)} data-testid={`task-close-${r.id}`}>
                {t('verification-tasks.close.button')}
              </Button>
            ) : r.beneficiaryId ? (
              <Link to={`/beneficiaries/show/${r.beneficiaryId}`}>{t('buttons.show')}</Link>
            ) : null
          }
        />
      </Table>
      <CloseTaskModal task={closing} onClose={() => setClosing(undefined)} />
    </List>
  );
}
