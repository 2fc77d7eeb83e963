import { useGetIdentity } from '@refinedev/core';
import type { CurrentUser } from '@yibao/shared';
import { Navigate, useSearchParams } from 'react-router';
import { resources } from '../config/resources';
import { allowed } from '../providers/access-control';
import { PageLoading } from './PageLoading';

/**
 * `/` (and `/login` when already signed in) → the page asked for, else the role's landing page (`meta.landingFor`,
 * e.g. the province's compliance home), else the first list the role may open.
 */
export function HomeRedirect() {
  const { data: me, isLoading } = useGetIdentity<CurrentUser>();
  const [params] = useSearchParams();
  if (isLoading) return <PageLoading />;
  const to = params.get('to');
  if (to && to.startsWith('/') && !to.startsWith('//')) return <Navigate to={to} replace />;
  const opens = (r: (typeof resources)[number]) => typeof r.list === 'string' && allowed(me?.role, r.name, 'list');
  const landing = resources.find((r) => !!me && r.meta?.landingFor?.includes(me.role) && opens(r));
  const first = landing ?? resources.find(opens);
  return <Navigate to={(first?.list as string | undefined) ?? '/profile'} replace />;
}
