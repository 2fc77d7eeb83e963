import { type BaseKey, type BaseRecord, type HttpError, useShow } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../providers/http';

export interface RecordShowOptions<T> {
  /** Polls while the function gives an interval (ms), e.g. a job until it has finished. */
  refetchInterval?: (record: T | undefined) => number | false;
  /** For a page outside the resource's show route (a print view): which record. */
  resource?: string;
  id?: BaseKey;
}

/**
 * Refine's `useShow` as every detail page uses it: a record outside the user's reach (404) renders the
 * 404 page instead of a notification; any other failure is a notification with the API's message.
 */
export function useRecordShow<T extends BaseRecord>({ refetchInterval, resource, id }: RecordShowOptions<T> = {}) {
  const { t } = useTranslation();
  const { query } = useShow<T, ApiError>({
    resource,
    id,
    queryOptions: refetchInterval ? { staleTime: 0, refetchInterval: (q) => refetchInterval(q.state.data?.data as T | undefined) } : undefined,
    errorNotification: (error?: HttpError) =>
      error?.statusCode === 404 ? false : { type: 'error', message: t('notifications.error', { statusCode: error?.statusCode }), description: error?.message },
  });
  return { query, record: query.data?.data, notFound: query.error?.statusCode === 404 };
}
