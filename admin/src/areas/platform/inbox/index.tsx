import { DateField, List, useTable } from '@refinedev/antd';
import { useCustom, useCustomMutation, useInvalidate } from '@refinedev/core';
import type { BulkActionResult, InboxItem, InboxSummary } from '@yibao/shared';
import { Badge, Empty, Space, Spin, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BulkActionBar, BulkOutcome } from '../../../components/BulkActionBar';
import { CommentModal } from '../../../components/CommentModal';
import { recordPath } from '../../../components/recordPath';
import { RegionLabel } from '../../../components/RegionName';
import { WorkflowStateTag, useWorkflow } from '../../../components/WorkflowStateTag';
import { tablePagination } from '../../../components/table';
import type { ApiError } from '../../../providers/http';

interface BulkOutcome extends BulkActionResult {
  action: string;
  titles: Record<number, string>;
}

/** "Waiting 3 days", from when the record entered its state. */
function Waiting({ since }: { since: string }) {
  const { t } = useTranslation();
  const days = dayjs().diff(dayjs(since), 'day');
  return (
    <Tooltip title={<DateField value={since} format="YYYY-MM-DD HH:mm" />}>
      <span>{days > 0 ? t('inbox.waitingDays', { count: days }) : t('inbox.waitingToday')}</span>
    </Tooltip>
  );
}

function Due({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  if (!item.dueAt) return <span className="yb-muted">—</span>;
  return (
    <Space size={4} wrap>
      <DateField value={item.dueAt} format="YYYY-MM-DD" style={item.overdue ? { color: '#cf1322' } : undefined} />
      {item.overdue && (
        <Tag color="red" data-testid="overdue-tag">
          {t('inbox.overdue')}
        </Tag>
      )}
    </Space>
  );
}

/**
 * One resource's tab: a page of its items (overdue first as the API sorts them, or by due date / waiting
 * time), selection within the page and the bulk actions.
 */
function ResourceInbox({ resource, onOutcome }: { resource: string; onOutcome: (o: BulkOutcome) => void }) {
  const { t } = useTranslation();
  const { def, actionLabel } = useWorkflow(resource);
  const invalidate = useInvalidate();
  const { tableProps } = useTable<InboxItem, ApiError>({
    resource: 'inbox',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    filters: { permanent: [{ field: 'resource', operator: 'eq', value: resource }] },
    // What awaits the user changes as others act: never show a cached page on coming back.
    queryOptions: { staleTime: 0 },
  });
  const items = useMemo(() => [...(tableProps.dataSource ?? [])], [tableProps.dataSource]);
  const [selected, setSelected] = useState<number[]>([]);
  const [pending, setPending] = useState<string>();
  const { mutateAsync, mutation } = useCustomMutation<BulkActionResult & Record<string, unknown>, ApiError>();
  // Live items only: a record another user has just handled drops out of the selection on reload.
  const chosen = items.filter((i) => selected.includes(i.id));
  const action = pending && def ? def.actions[pending] : undefined;

  const send = async (name: string, comment?: string) => {
    const titles = Object.fromEntries(chosen.map((i) => [i.id, i.title]));
    try {
      const { data } = await mutateAsync({
        url: '/inbox/bulk',
        method: 'post',
        values: { resource, action: name, ids: chosen.map((i) => i.id), versions: chosen.map((i) => i.version), comment },
        successNotification: false,
        errorNotification: (error?: ApiError) => ({
          type: 'error',
          message: t('inbox.bulk.failed', { action: actionLabel(name) }),
          description: error?.message,
        }),
      });
      onOutcome({ ...(data as BulkActionResult), action: name, titles });
      setSelected([]);
      setPending(undefined);
    } catch {
      setPending(undefined);
    } finally {
      await invalidate({ resource, invalidates: ['all'] });
      await invalidate({ resource: 'inbox', invalidates: ['all'] });
    }
  };

  return (
    <>
      <BulkActionBar resource={resource} items={items} chosen={chosen} onPick={setPending} />
      <Table<InboxItem>
        {...tableProps}
        // no horizontal scroll: antd then adds an aria-hidden measure row holding the selection checkboxes (axe: aria-hidden-focus)
        scroll={undefined}
        rowKey="id"
        size="middle"
        pagination={tablePagination(tableProps.pagination, t)}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as number[]),
          getCheckboxProps: (i) => ({ 'aria-label': t('inbox.bulk.select', { title: i.title }) }) as never,
        }}
        data-testid={`inbox-table-${resource}`}
        columns={[
          {
            title: t('inbox.fields.title'),
            dataIndex: 'title',
            render: (title: string, i) => (
              <Link to={recordPath(resource, i.id)} data-testid="inbox-item-link">
                {title}
              </Link>
            ),
          },
          { title: t('inbox.fields.region'), dataIndex: 'regionCode', render: (code: string, i) => <RegionLabel name={i.regionName} code={code} /> },
          {
            title: t('inbox.fields.state'),
            dataIndex: 'state',
            width: 140,
            // a source outside the workflow engine names its states in its own locale namespace (verification-tasks.open)
            render: (s: string) => (def ? <WorkflowStateTag resource={resource} state={s} /> : <Tag>{t(`${resource}.${s}`, { defaultValue: s })}</Tag>),
          },
          { title: t('inbox.fields.waiting'), dataIndex: 'waitingSince', width: 110, sorter: true, render: (v: string) => <Waiting since={v} /> },
          { title: t('inbox.fields.dueAt'), dataIndex: 'dueAt', width: 170, sorter: true, render: (_: unknown, i) => <Due item={i} /> },
          {
            title: t('inbox.fields.actions'),
            dataIndex: 'actions',
            render: (actions: string[]) => (
              <Space size={[0, 4]} wrap>
                {actions.map((a) => (
                  <Tag key={a} bordered={false} color="blue">
                    {def ? actionLabel(a) : t(`${resource}.${a}.button`, { defaultValue: a })}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('table.actions'),
            key: 'open',
            width: 90,
            render: (_, i) => <Link to={recordPath(resource, i.id)}>{t('inbox.open')}</Link>,
          },
        ]}
      />
      {pending && action && (
        <CommentModal
          open
          title={t('inbox.bulk.title', { action: actionLabel(pending), count: chosen.length })}
          description={
            <>
              {t('inbox.bulk.explain')}
              <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }}>
                {chosen.map((i) => (
                  <li key={i.id}>{i.title}</li>
                ))}
              </ul>
            </>
          }
          required={Boolean(action.commentRequired)}
          okText={actionLabel(pending)}
          danger={action.tone === 'danger'}
          loading={mutation.isPending}
          onCancel={() => setPending(undefined)}
          onOk={(comment) => send(pending, comment)}
        />
      )}
    </>
  );
}

/** 待办事项: what awaits the user, a tab per resource (counted by the API), each a paged list; bulk approve / return. */
export default function Inbox() {
  const { t } = useTranslation();
  const { result, query } = useCustom<InboxSummary & Record<string, unknown>, ApiError>({
    url: '/inbox/summary',
    method: 'get',
    // What awaits the user changes as others act: never show cached counts on coming back.
    queryOptions: { staleTime: 0, queryKey: ['inbox', 'summary'] },
  });
  const summary = query.isSuccess ? (result?.data as InboxSummary | undefined) : undefined;
  const [tab, setTab] = useState<string>();
  const [outcome, setOutcome] = useState<BulkOutcome & { resource: string }>();
  // The API counts every workflow the role takes part in, empty ones too: a tab only for what awaits the user.
  const resources = useMemo(
    () =>
      Object.entries(summary?.counts ?? {})
        .filter(([, n]) => n > 0)
        .map(([r]) => r),
    [summary],
  );
  const active = tab && resources.includes(tab) ? tab : resources[0];

  return (
    <List>
      {summary && (
        <Typography.Paragraph data-testid="inbox-summary">
          {t('inbox.summary', { total: summary.total })}
          {summary.overdue > 0 && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('inbox.overdueCount', { count: summary.overdue })}
            </Tag>
          )}
        </Typography.Paragraph>
      )}
      {outcome && <BulkOutcome outcome={outcome} titleOf={(id) => outcome.titles[id] ?? `#${id}`} onClose={() => setOutcome(undefined)} />}
      {summary && !resources.length ? (
        <Empty description={t('inbox.empty')} />
      ) : (
        <Tabs
          activeKey={active}
          onChange={setTab}
          destroyOnHidden
          items={resources.map((r) => ({
            key: r,
            label: (
              <span data-testid={`inbox-tab-${r}`}>
                {t(`${r}.${r}`, { defaultValue: r })}{' '}
                <Badge count={summary?.counts[r] ?? 0} showZero color={summary?.overdueCounts[r] ? '#cf1322' : '#1558b0'} />
              </span>
            ),
            children: (
              <ResourceInbox
                resource={r}
                onOutcome={(o) => {
                  setOutcome({ ...o, resource: r });
                  void query.refetch();
                }}
              />
            ),
          }))}
        />
      )}
      {query.isLoading && <Spin style={{ display: 'block', padding: 24 }} />}
    </List>
  );
}
