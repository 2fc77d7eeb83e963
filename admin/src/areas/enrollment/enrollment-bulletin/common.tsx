import { useCustom, useGetIdentity } from '@refinedev/core';
import { type CurrentUser, chinaDate, type EnrollmentBulletin as Bulletin } from '@yibao/shared';
import { useSearchParams } from 'react-router';
import type { ApiError } from '../../../providers/http';

export const RESOURCE = 'enrollment-bulletin';

/** Last month is what a bulletin usually reports (the month just closed). */
export function defaultMonth(): string {
  const today = chinaDate(new Date());
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Region and month from the URL (shared by the page and its print view), defaulting to the user's region. */
export function useBulletinParams() {
  const { data: me } = useGetIdentity<CurrentUser>();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('regionCode') ?? me?.regionCode;
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : defaultMonth();
  const set = (next: Record<string, string>) => setParams({ ...Object.fromEntries(params), ...next });
  return { regionCode, month, set };
}

export function useBulletin(regionCode: string | undefined, month: string) {
  const { result, query } = useCustom<Bulletin & Record<string, unknown>, ApiError>({
    url: `/${RESOURCE}`,
    method: 'get',
    config: { query: { regionCode, month } },
    queryOptions: { enabled: Boolean(regionCode), staleTime: 0 },
  });
  const bulletin = query.isSuccess ? (result?.data as Bulletin | undefined) : undefined;
  return { bulletin, loading: query.isLoading, error: query.error as ApiError | null, refetch: query.refetch };
}

export const FIGURES = [
  'persons',
  'validExclusions',
  'enrolled',
  'notEnrolled',
  'rateBp',
  'targetBp',
  'met',
  'tasksOpened',
  'tasksClosed',
  'tasksOverdue',
] as const;
