import { BellOutlined } from '@ant-design/icons';
import { useCustom } from '@refinedev/core';
import type { NotificationUnreadCount } from '@yibao/shared';
import { Badge, Button } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../providers/http';

/** How often the bell asks for the unread count (and on coming back to the window). */
const POLL_MS = 60_000;

// The drawer (its lists, the date fields of @refinedev/antd) is fetched on the first click, not with every page.
const NotificationDrawer = lazy(() => import('./NotificationDrawer'));

/**
 * 站内消息: the header's bell with the unread count (asked every minute and on coming back to the window) and a
 * drawer listing the unread notifications first, then the recently read; opening one marks it read and goes to
 * its record.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // mounted from the first click on, so that closing it animates
  const [opened, setOpened] = useState(false);
  const count = useCustom<NotificationUnreadCount & Record<string, unknown>, ApiError>({
    url: '/notifications/unread-count',
    method: 'get',
    queryOptions: { refetchInterval: POLL_MS, refetchOnWindowFocus: true, staleTime: 0 },
  });
  const unreadCount = (count.result?.data as NotificationUnreadCount | undefined)?.unread ?? 0;

  return (
    <>
      <span data-testid="notification-bell" data-unread={unreadCount}>
        <Badge count={unreadCount} size="small" offset={[-6, 6]} overflowCount={99}>
          <Button
            type="text"
            icon={<BellOutlined style={{ fontSize: 18 }} />}
            style={{ color: '#fff' }}
            aria-label={t('messageCenter.bell', { count: unreadCount })}
            onClick={() => {
              setOpened(true);
              setOpen(true);
            }}
          />
        </Badge>
      </span>
      {opened && (
        <Suspense fallback={null}>
          <NotificationDrawer open={open} onClose={() => setOpen(false)} unreadCount={unreadCount} onCountChanged={() => count.query.refetch()} />
        </Suspense>
      )}
    </>
  );
}
