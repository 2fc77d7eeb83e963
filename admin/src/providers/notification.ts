import type { NotificationProvider } from '@refinedev/core';
import { App } from 'antd';
import { i18n } from './i18n';

/**
 * Refine's notifications on antd's `notification` (inside <App>, so they follow the theme and locale).
 * Written here rather than taken from @refinedev/antd so the sign-in page does not load that package.
 * Mutations run pessimistically, so there is no undo countdown to draw.
 *
 * One success notice per action, said once: Refine's own success notices pair the action's message (保存成功)
 * with the generic 操作成功 as description; the generic line is dropped here, the one place every notice passes.
 */
export function useNotificationProvider(): NotificationProvider {
  const { notification } = App.useApp();
  return {
    open: ({ key, message, description, type }) => {
      const generic = type === 'success' && description === i18n.t('notifications.success');
      notification.open({ key, message, description: generic ? undefined : description, type: type === 'progress' ? 'info' : type, placement: 'topRight' });
    },
    close: (key) => notification.destroy(key),
  };
}
