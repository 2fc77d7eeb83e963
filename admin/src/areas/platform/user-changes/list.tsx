import { DateField, List } from '@refinedev/antd';
import type { Role, UserChangeRecord } from '@yibao/shared';
import { Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterCard } from '../../../components/FilterCard';
import { RegionName } from '../../../components/RegionName';
import { useWorkflow, WorkflowStateTag } from '../../../components/WorkflowStateTag';
import { useListPage } from '../../../hooks/useListPage';
import { useRecordAction } from '../../../hooks/useRecordAction';

/** What the change does, in words: the fields it sets (never a password). */
function ChangeSummary({ change }: { change: UserChangeRecord }) {
  const { t } = useTranslation();
  const parts = Object.entries(change.changes).map(([field, value]) =>
    field === 'passwordSet'
      ? t('user-changes.passwordSet')
      : field === 'role'
        ? `${t('users.fields.role')}: ${t(`roles.${value as Role}`)}`
        : `${t(`users.fields.${field}`)}: ${String(value)}`,
  );
  return <span>{parts.join('；') || '—'}</span>;
}

/** Confirm (an administrator of another role than the proposer's) or reject with a reason. */
function ChangeDecision({ change }: { change: UserChangeRecord }) {
  const { t } = useTranslation();
  const { run } = useRecordAction('user-changes');
  const [reason, setReason] = useState('');
  return (
    <Space size={0}>
      {change.actions.includes('confirm') && (
        <Popconfirm
          title={t('user-changes.confirmQuestion', { name: change.targetUsername })}
          onConfirm={() => run(change.id, 'actions/confirm', { version: change.version }, 'user-changes.confirmDone')}
        >
          <Button type="link" size="small" data-testid={`confirm-change-${change.id}`}>
            {t('user-changes.confirm')}
          </Button>
        </Popconfirm>
      )}
      {change.actions.includes('reject') && (
        <Popconfirm
          title={t('user-changes.rejectQuestion')}
          description={
            <Input.TextArea value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} placeholder={t('user-changes.rejectReason')} />
          }
          okButtonProps={{ disabled: !reason.trim() }}
          onConfirm={() => run(change.id, 'actions/reject', { version: change.version, comment: reason }, 'user-changes.rejectDone')}
        >
          <Button type="link" size="small" danger data-testid={`reject-change-${change.id}`}>
            {t('user-changes.reject')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/**
 * 三权分立: changes to administrator accounts proposed by one administrator, waiting for (or decided by) a
 * second administrator of another role. Every administrator role reaches this page.
 */
export default function UserChangeList() {
  const { t } = useTranslation();
  // state labels come from the workflow definition (shared), the one label source
  const { def, stateLabel } = useWorkflow('user-changes');
  const { tableProps, filterCard } = useListPage<UserChangeRecord>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', width: 200 },
      state: {
        kind: 'eq',
        label: 'user-changes.state',
        width: 140,
        options: Object.keys(def?.states ?? {}).map((value) => ({ value, label: stateLabel(value) })),
      },
    },
    sort: false,
  });
  return (
    <List title={t('user-changes.title')}>
      <FilterCard {...filterCard} />
      <Table<UserChangeRecord> {...tableProps} rowKey="id" size="middle" scroll={{ x: 1000 }}>
        <Table.Column<UserChangeRecord>
          dataIndex="createdAt"
          title={t('user-changes.proposedAt')}
          render={(v: string) => <DateField value={v} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<UserChangeRecord> dataIndex="kind" title={t('user-changes.kind')} render={(k: string) => <Tag>{t(`user-changes.kinds.${k}`)}</Tag>} />
        <Table.Column<UserChangeRecord> dataIndex="targetUsername" title={t('user-changes.target')} />
        <Table.Column<UserChangeRecord> dataIndex="targetRole" title={t('users.fields.role')} render={(r: Role) => <Tag color="blue">{t(`roles.${r}`)}</Tag>} />
        <Table.Column<UserChangeRecord> dataIndex="regionCode" title={t('users.fields.region')} render={(code: string) => <RegionName code={code} />} />
        <Table.Column<UserChangeRecord> key="changes" title={t('user-changes.changes')} render={(_, c) => <ChangeSummary change={c} />} />
        <Table.Column<UserChangeRecord> dataIndex="proposedByUsername" title={t('user-changes.proposedBy')} />
        <Table.Column<UserChangeRecord>
          dataIndex="state"
          title={t('user-changes.state')}
          render={(s: string) => <WorkflowStateTag resource="user-changes" state={s} />}
        />
        <Table.Column<UserChangeRecord> key="actions" title={t('table.actions')} fixed="right" width={150} render={(_, c) => <ChangeDecision change={c} />} />
      </Table>
    </List>
  );
}
