import { type BaseRecord, type HttpError, useShow } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';

/**
 * Refine's `useShow` as every detail page uses it: a record outside the user's reach (404) renders the
 * 404 page instead of a notification; any other failure is a notification with the API's message.
 */
export function useRecordShow<T extends BaseRecord>(refetchInterval?: (record: T | undefined) => number | false) {
  const { t } = useTranslation();
  const { query } = useShow<T, ApiError>({
    queryOptions: refetchInterval ? { staleTime: 0, refetchInterval: (q) => refetchInterval(q.state.data?.data as T | undefined) } : undefined,
    errorNotification: (error?: HttpError) => (error?.statusCode === 404 ? false : { type: 'error', message: t('notifications.error', { statusCode: error?.statusCode }), description: error?.message }),
  });
  return { query, record: query.data?.data, notFound: query.error?.statusCode === 404 };
}
