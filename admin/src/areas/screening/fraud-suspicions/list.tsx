import { List } from '@refinedev/antd';
import { useCan, useCustomMutation, useInvalidate } from '@refinedev/core';
import {
  FINISHED_SUSPICION_STATES,
  SCREENING_RULES,
  type ActionPayload,
  type BulkActionResult,
  type FraudSuspicionListItem,
  type SuspicionClaimResult,
} from '@yibao/shared';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BulkActionBar, BulkOutcome, type BulkOutcomeValue } from '../../../components/BulkActionBar';
import { CommentModal } from '../../../components/CommentModal';
import { FilterCard } from '../../../components/FilterCard';
import { RegionLabel } from '../../../components/RegionName';
import { showActionColumn } from '../../../components/ShowActionColumn';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { formatFen } from '../../../components/money';
import { useListPage, yesNoOptions } from '../../../hooks/useListPage';
import type { ApiError } from '../../../providers/http';

type Row = FraudSuspicionListItem;
const RESOURCE = 'fraud-suspicions';
/** the queue's "claim 20": one screenful of 疑点 for one reviewer */
const CLAIM_BATCH = 20;

/**
 * 疑点 queue (两库管理办法 初审 → 复审 → 申诉 → 调查核实 → 违规处理): the 疑点 in the user's scope, the nearest stage due
 * date first; filters by rule, institution, state, overdue and whose; "claim 20" takes the oldest-due unclaimed ones
 * for the user; selected rows get one decision at once, with a result per item.
 */
export default function FraudSuspicionList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { def, stateLabel, actionLabel } = useWorkflow(RESOURCE);
  const { data: canEdit } = useCan({ resource: RESOURCE, action: 'edit' });
  const invalidate = useInvalidate();
  const { tableProps, filterCard, sortOrder, filters } = useListPage<Row>({
    filters: {
      q: { kind: 'text', label: 'filters.keyword', placeholder: 'fraud-suspicions.placeholders.keyword', width: 180 },
      ruleId: {
        kind: 'eq',
        label: 'fraud-suspicions.fields.rule',
        width: 200,
        options: SCREENING_RULES.map((r) => ({ value: r, label: t(`screeningRules.${r}`) })),
      },
      institutionCode: {
        kind: 'eq',
        label: 'fraud-suspicions.fields.institutionCode',
        placeholder: 'fraud-suspicions.placeholders.institutionCode',
        width: 170,
      },
      state: {
        kind: 'eq',
        label: 'fraud-suspicions.fields.state',
        width: 130,
        options: Object.keys(def?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
      },
      overdue: {
        kind: 'eq',
        label: 'fraud-suspicions.fields.overdue',
        width: 110,
        options: yesNoOptions(t('fraud-suspicions.overdue'), t('fraud-suspicions.notOverdue')),
      },
      claimed: {
        kind: 'eq',
        label: 'fraud-suspicions.fields.claimed',
        width: 130,
        options: [
          { value: 'mine', label: t('fraud-suspicions.claimedMine') },
          { value: 'unclaimed', label: t('fraud-suspicions.unclaimed') },
        ],
      },
      regionCode: { kind: 'region', label: 'fraud-suspicions.fields.region', width: 180 },
    },
    // the API's working-queue order: open 疑点 first by due date, finished ones (no due date) after
    sort: [
      { field: 'finished', order: 'asc' },
      { field: 'dueOn', order: 'asc' },
      { field: 'id', order: 'asc' },
    ],
  });
  const rows = [...(tableProps.dataSource ?? [])];
  const [selected, setSelected] = useState<number[]>([]);
  const [pending, setPending] = useState<string>();
  const [outcome, setOutcome] = useState<BulkOutcomeValue>();
  const { mutateAsync, mutation } = useCustomMutation<Record<string, unknown>, ApiError>();
  const chosen = rows.filter((r) => selected.includes(r.id));
  const action = pending && def ? def.actions[pending] : undefined;

  // the claim follows the queue's filters where the API takes them (rule, institution, an open state)
  const filterValue = (field: string) => {
    const f = filters.find((x) => 'field' in x && x.field === field && x.operator === 'eq');
    return f && typeof f.value === 'string' && f.value ? f.value : undefined;
  };
  const claim = async () => {
    const state = filterValue('state');
    try {
      const { data } = await mutateAsync({
        url: `/${RESOURCE}/claim`,
        method: 'post',
        values: {
          count: CLAIM_BATCH,
          ruleId: filterValue('ruleId'),
          institutionCode: filterValue('institutionCode'),
          state: state && !(FINISHED_SUSPICION_STATES as readonly string[]).includes(state) ? state : undefined,
        },
        successNotification: false,
      });
      void message.success(t('fraud-suspicions.claimDone', { count: (data as unknown as SuspicionClaimResult).count }));
    } finally {
      await invalidate({ resource: RESOURCE, invalidates: ['list'] });
    }
  };

  const decide = async (name: string, comment: string | undefined, payload: ActionPayload) => {
    try {
      const { data } = await mutateAsync({
        url: `/${RESOURCE}/bulk-actions/${name}`,
        method: 'post',
        values: { ids: chosen.map((r) => r.id), versions: chosen.map((r) => r.version), comment, ...payload },
        successNotification: false,
      });
      setOutcome({ ...(data as unknown as BulkActionResult), resource: RESOURCE, action: name });
      setSelected([]);
    } finally {
      setPending(undefined);
      await invalidate({ resource: RESOURCE, invalidates: ['list'] });
    }
  };

  return (
    <List
      headerButtons={
        canEdit?.can && (
          <Button type="primary" onClick={claim} loading={mutation.isPending} data-testid="suspicion-claim">
            {t('fraud-suspicions.claim', { count: CLAIM_BATCH })}
          </Button>
        )
      }
    >
      <FilterCard {...filterCard} />
      {outcome && (
        <BulkOutcome
          outcome={outcome}
          listSucceeded
          titleOf={(id) => <Link to={`/fraud-suspicions/show/${id}`}>{t('fraud-suspicions.recordTitle', { id })}</Link>}
          onClose={() => setOutcome(undefined)}
        />
      )}
      {canEdit?.can && <BulkActionBar resource={RESOURCE} items={rows} chosen={chosen} onPick={setPending} />}
      <Table<Row>
        {...tableProps}
        rowKey="id"
        size="middle"
        scroll={{ x: 1400 }}
        rowClassName={(r) => (r.overdue ? 'yb-row-overdue' : '')}
        rowSelection={
          canEdit?.can
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys as number[]),
                getCheckboxProps: (r) => ({ 'aria-label': t('fraud-suspicions.bulk.select', { id: r.id }) }) as never,
              }
            : undefined
        }
      >
        <Table.Column<Row>
          dataIndex="ruleId"
          title={t('fraud-suspicions.fields.rule')}
          render={(rule: string, r) => (
            <Space direction="vertical" size={0}>
              <span>{t(`screeningRules.${rule}`)}</span>
              <Typography.Text type="secondary" ellipsis={{ tooltip: r.detail }} style={{ maxWidth: 360 }}>
                {r.detail}
              </Typography.Text>
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="institutionCode"
          title={t('fraud-suspicions.fields.institution')}
          render={(code: string | null, r) => (code ? `${r.institutionName ?? ''} ${code}`.trim() : '—')}
        />
        <Table.Column<Row>
          dataIndex="regionCode"
          title={t('fraud-suspicions.fields.region')}
          render={(code: string, r) => <RegionLabel name={r.regionName} code={code} />}
        />
        <Table.Column<Row>
          dataIndex="idNumber"
          title={t('fraud-suspicions.fields.idNumber')}
          render={(v: string | null) => <span className="yb-mono">{v ?? '—'}</span>}
        />
        <Table.Column<Row>
          dataIndex="amountAtStake"
          title={t('fraud-suspicions.fields.amountAtStake')}
          align="right"
          sorter
          defaultSortOrder={sortOrder('amountAtStake')}
          render={(v: number) => <span className="yb-mono">{formatFen(v)}</span>}
        />
        <Table.Column<Row>
          dataIndex="dueOn"
          title={t('fraud-suspicions.fields.dueOn')}
          sorter
          defaultSortOrder={sortOrder('dueOn')}
          render={(d: string | null, r) => (
            <Space size={4} wrap>
              {d ?? '—'}
              {r.overdue && (
                <Tag color="red" style={{ color: '#a8071a' }} data-testid="suspicion-overdue">
                  {t('fraud-suspicions.overdue')}
                </Tag>
              )}
            </Space>
          )}
        />
        <Table.Column<Row>
          dataIndex="claimedBy"
          title={t('fraud-suspicions.fields.claimedBy')}
          render={(v: string | null) => v ?? <span className="yb-muted">—</span>}
        />
        <Table.Column<Row>
          dataIndex="state"
          title={t('fraud-suspicions.fields.state')}
          render={(s: string) => <WorkflowStateTag resource={RESOURCE} state={s} />}
        />
        {showActionColumn<Row>(t('table.actions'), 80)}
      </Table>
      {pending && action && (
        <CommentModal
          open
          title={t('inbox.bulk.title', { action: actionLabel(pending), count: chosen.length })}
          description={t('fraud-suspicions.bulk.explain')}
          required={Boolean(action.commentRequired)}
          payload={action.payload}
          target={{ resource: RESOURCE, action: pending }}
          okText={actionLabel(pending)}
          danger={action.tone === 'danger'}
          loading={mutation.isPending}
          onCancel={() => setPending(undefined)}
          onOk={(comment, payload) => decide(pending, comment, payload)}
        />
      )}
    </List>
  );
}
