import { useInvalidate, useUpdate } from '@refinedev/core';
import { type RectificationItemRecord, SUB_TASK_KINDS, type SubTaskKind } from '@yibao/shared';
import { Checkbox, Input, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../providers/http';
import { useStaleNotice } from '../../../hooks/useStaleNotice';
import { RESOURCE } from './common';

/**
 * The three sub-tasks of a 平稳过渡 item (资金并转、政策对接、管理衔接): its unit ticks them off and notes them while
 * the item may be edited; each change is a PATCH of that sub-task with the version read (the API stamps doneOn).
 */
export function SubTasks({ record }: { record: RectificationItemRecord }) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { mutateAsync, mutation } = useUpdate<RectificationItemRecord, ApiError>();
  if (!record.subTasks) return null;
  const tasks = record.subTasks;
  const save = async (kind: SubTaskKind, change: { status?: 'pending' | 'done'; note?: string | null }) => {
    const current = tasks[kind];
    try {
      await mutateAsync({
        resource: RESOURCE,
        id: record.id,
        values: {
          subTasks: { [kind]: { status: change.status ?? current.status, note: change.note === undefined ? current.note : change.note } },
          version: record.version,
        },
        successNotification: false,
      });
    } catch (e) {
      if ((e as ApiError).stale) staleNotice(() => invalidate({ resource: RESOURCE, invalidates: ['detail'], id: record.id }));
    }
  };
  return (
    <Table
      size="small"
      rowKey="kind"
      pagination={false}
      data-testid="sub-tasks"
      dataSource={SUB_TASK_KINDS.map((kind) => ({ kind, ...tasks[kind] }))}
      columns={[
        {
          title: t('rectification-items.subTasks.kind'),
          dataIndex: 'kind',
          render: (kind: SubTaskKind, s) => (
            <Checkbox
              checked={s.status === 'done'}
              disabled={!record.editable || mutation.isPending}
              onChange={(e) => void save(kind, { status: e.target.checked ? 'done' : 'pending' })}
              data-testid={`sub-task-${kind}`}
            >
              {t(`subTaskKinds.${kind}`)}
            </Checkbox>
          ),
        },
        { title: t('rectification-items.subTasks.status'), dataIndex: 'status', width: 100, render: (s: string) => t(`subTaskStatuses.${s}`) },
        { title: t('rectification-items.subTasks.doneOn'), dataIndex: 'doneOn', width: 120, render: (d: string | null) => d ?? '—' },
        {
          title: t('rectification-items.subTasks.note'),
          dataIndex: 'note',
          render: (note: string | null, s) =>
            record.editable ? (
              <Input
                key={`${record.version}-${s.kind}`}
                defaultValue={note ?? ''}
                maxLength={500}
                aria-label={t('rectification-items.subTasks.note')}
                onBlur={(e) => {
                  const v = e.target.value.trim() || null;
                  if (v !== note) void save(s.kind, { note: v });
                }}
              />
            ) : (
              (note ?? '—')
            ),
        },
      ]}
    />
  );
}
