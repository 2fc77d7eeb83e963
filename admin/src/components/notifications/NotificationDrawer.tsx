import { CheckOutlined } from '@ant-design/icons';
import { DateField } from '@refinedev/antd';
import { useCustom } from '@refinedev/core';
import type { NotificationRecord } from '@yibao/shared';
import { App, Button, Drawer, Empty, List, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiFetch, type ApiError } from '../../providers/http';
import { recordPath } from '../recordPath';

/** The drawer's unread and recently read notifications. */
const UNREAD_SHOWN = 50;
const READ_SHOWN = 20;

const KIND_COLOR: Record<string, string> = { awaiting_action: 'blue', returned: 'orange', due_soon: 'gold', overdue: 'red' };

function useNotifications(unread: boolean, enabled: boolean) {
  const { result, query } = useCustom<NotificationRecord[] & Record<string, unknown>, ApiError>({
    url: '/notifications',
    method: 'get',
    config: { query: { unread, _start: 0, _end: unread ? UNREAD_SHOWN : READ_SHOWN } },
    queryOptions: { enabled, staleTime: 0 },
  });
  const data: unknown = result?.data;
  return { items: Array.isArray(data) ? (data as NotificationRecord[]) : [], loading: query.isLoading && enabled, refetch: query.refetch };
}

function NotificationItem({ n, onOpen, onRead }: { n: NotificationRecord; onOpen: (n: NotificationRecord) => void; onRead?: (n: NotificationRecord) => void }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="notification-item"
      actions={
        onRead
          ? [
              <Tooltip key="read" title={t('messageCenter.markRead')}>
                <Button size="small" type="text" icon={<CheckOutlined />} aria-label={t('messageCenter.markRead')} onClick={() => onRead(n)} />
              </Tooltip>,
            ]
          : undefined
      }
    >
      <List.Item.Meta
        title={
          <Space size={6} wrap>
            <Tag color={KIND_COLOR[n.kind]} bordered={false}>
              {t(`notificationKinds.${n.kind}`, { defaultValue: n.kind })}
            </Tag>
            <Typography.Link onClick={() => onOpen(n)} strong={!n.readAt} data-testid="notification-open">
              {n.title}
            </Typography.Link>
          </Space>
        }
        description={
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary" style={{ whiteSpace: 'pre-line' }}>
              {n.body}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <DateField value={n.createdAt} format="YYYY-MM-DD HH:mm" />
            </Typography.Text>
          </Space>
        }
      />
    </List.Item>
  );
}

/**
 * The bell's drawer (NotificationBell.tsx, a chunk of its own fetched on the first click): the unread notifications
 * first, then the recently read; opening one marks it read and goes to its record.
 */
export default function NotificationDrawer({
  open,
  onClose,
  unreadCount,
  onCountChanged,
}: {
  open: boolean;
  onClose: () => void;
  unreadCount: number;
  onCountChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const unread = useNotifications(true, open);
  const read = useNotifications(false, open);
  const [busy, setBusy] = useState(false);

  const refresh = () => Promise.all([onCountChanged(), unread.refetch(), read.refetch()]);
  const markRead = async (n: NotificationRecord) => {
    if (!n.readAt) await apiFetch(`/notifications/${n.id}/read`, { method: 'POST', body: {} });
  };
  const onOpen = async (n: NotificationRecord) => {
    try {
      await markRead(n);
    } catch {
      // the record opens all the same; the bell catches up on its next poll
    }
    onClose();
    void onCountChanged();
    navigate(recordPath(n.resource, n.recordId));
  };
  const onRead = async (n: NotificationRecord) => {
    try {
      await markRead(n);
      await refresh();
    } catch (e) {
      message.error((e as ApiError).message);
    }
  };
  const onReadAll = async () => {
    setBusy(true);
    try {
      await apiFetch('/notifications/read-all', { method: 'POST', body: {} });
      await refresh();
    } catch (e) {
      message.error((e as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('messageCenter.title')}
      width={440}
      extra={
        <Button size="small" onClick={onReadAll} loading={busy} disabled={!unread.items.length} data-testid="notification-read-all">
          {t('messageCenter.readAll')}
        </Button>
      }
    >
      <div data-testid="notification-drawer">
        <Spin spinning={unread.loading || read.loading}>
          <Typography.Title level={5}>{t('messageCenter.unread', { count: unreadCount })}</Typography.Title>
          {unread.items.length ? (
            <List
              size="small"
              data-testid="notification-unread-list"
              dataSource={unread.items}
              renderItem={(n) => <NotificationItem n={n} onOpen={onOpen} onRead={onRead} />}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('messageCenter.noneUnread')} />
          )}
          {read.items.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('messageCenter.recentlyRead')}
              </Typography.Title>
              <List size="small" data-testid="notification-read-list" dataSource={read.items} renderItem={(n) => <NotificationItem n={n} onOpen={onOpen} />} />
            </>
          )}
        </Spin>
      </div>
    </Drawer>
  );
}
