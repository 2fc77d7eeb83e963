import type { NotificationProvider } from '@refinedev/core';
import { App } from 'antd';

/**
 * Refine's notifications on antd's `notification` (inside <App>, so they follow the theme and locale).
 * Written here rather than taken from @refinedev/antd so the sign-in page does not load that package.
 * Mutations run pessimistically, so there is no undo countdown to draw.
 */
export function useNotificationProvider(): NotificationProvider {
  const { notification } = App.useApp();
  return {
    open: ({ key, message, description, type }) => {
      notification.open({ key, message, description, type: type === 'progress' ? 'info' : type, placement: 'topRight' });
    },
    close: (key) => notification.destroy(key),
  };
}
