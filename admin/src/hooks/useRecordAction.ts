import { useCustomMutation, useInvalidate } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { errorNotificationUnlessStale, useStaleNotice } from './useStaleNotice';

/**
 * Record actions off the CRUD grid (`POST /api/<resource>/<id>/<action>`): disable, enable, unlock,
 * reset-password. Success is announced, the lists and the record reload; a stale version offers reload.
 */
export function useRecordAction(resource: string) {
  const { t } = useTranslation();
  const invalidate = useInvalidate();
  const staleNotice = useStaleNotice();
  const { mutateAsync, mutation } = useCustomMutation<Record<string, unknown>, ApiError>();

  const refresh = (id: string | number) => invalidate({ resource, id, invalidates: ['list', 'detail'] });

  /** `doneKey`: the i18n key of the success notice when the action's own does not fit (e.g. a change only proposed) */
  const run = async (id: string | number, action: string, values: Record<string, unknown> = {}, doneKey?: string): Promise<boolean> => {
    try {
      await mutateAsync({
        url: `/${resource}/${encodeURIComponent(String(id))}/${action}`,
        method: 'post',
        values,
        successNotification: { type: 'success', message: t(doneKey ?? `${resource}.actions.${action}Done`) },
        errorNotification: errorNotificationUnlessStale(t(`${resource}.actions.${action}Failed`)),
      });
      await refresh(id);
      return true;
    } catch (e) {
      if ((e as ApiError).stale) staleNotice(() => refresh(id));
      return false;
    }
  };

  return { run, running: mutation.isPending };
}
