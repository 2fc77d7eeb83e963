import { type UseFormProps, useForm } from '@refinedev/antd';
import type { BaseRecord } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';
import { errorNotificationUnlessStale, useStaleNotice } from './useStaleNotice';

/**
 * Refine's antd `useForm` for records with optimistic locking: the form carries the `version` it read
 * (a hidden field), field errors from a 400 land under their fields (Refine maps `error.errors`), and a
 * 409 stale version offers to reload the record into the form.
 */
export function useVersionedForm<TRecord extends BaseRecord & { version?: number }, TValues = Partial<TRecord>>(
  props: UseFormProps<TRecord, ApiError, TValues> = {},
) {
  const { t } = useTranslation();
  const staleNotice = useStaleNotice();
  const form = useForm<TRecord, ApiError, TValues>({
    errorNotification: errorNotificationUnlessStale(t('notifications.saveFailed')),
    ...props,
    onMutationError: (error, ...rest) => {
      if (error.stale) {
        staleNotice(async () => {
          const fresh = await form.query?.refetch();
          if (fresh?.data?.data) form.form.setFieldsValue(fresh.data.data as never);
        });
      }
      props.onMutationError?.(error, ...rest);
    },
  });
  return form;
}
