import type { OpenNotificationParams } from '@refinedev/core';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';

const KEY = 'stale-record';

/**
 * A 409 on a stale `version` says someone else changed the record, and offers to load it again;
 * the user then re-applies the change on what is really there.
 */
export function useStaleNotice() {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  return (reload: () => unknown) =>
    notification.warning({
      key: KEY,
      message: t('errors.staleTitle'),
      description: t('errors.staleHint'),
      duration: 0,
      btn: (
        <Button
          type="primary"
          size="small"
          onClick={() => {
            notification.destroy(KEY);
            void reload();
          }}
          data-testid="stale-reload"
        >
          {t('buttons.reload')}
        </Button>
      ),
    });
}

/** Refine's error notification for a mutation, left out for a stale version (the notice above says it). */
export function errorNotificationUnlessStale(title: string) {
  return (error?: ApiError): OpenNotificationParams | false =>
    error?.stale ? false : { key: `error-${title}`, type: 'error', message: title, description: error?.message };
}
