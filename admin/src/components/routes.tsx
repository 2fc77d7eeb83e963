import { Authenticated, CanAccess } from '@refinedev/core';
import { CatchAllNavigate } from '@refinedev/react-router';
import { type ComponentType, type LazyExoticComponent, Suspense, lazy } from 'react';
import { Route } from 'react-router';
import { Labels } from '../providers/i18n';
import { PageLoading } from './PageLoading';

/**
 * The pieces every area's `routes.tsx` builds its `<Route>`s from. Route-level code splitting: each page is
 * a `lazy()` chunk of its own, rendered behind one Suspense fallback.
 */
export type LazyPage = LazyExoticComponent<ComponentType>;

export const Forbidden = lazy(() => import('./errors/forbidden'));
export const NotFound = lazy(() => import('./errors/not-found'));

export const page = (Page: LazyPage) => (
  <Suspense fallback={<PageLoading />}>
    <Page />
  </Suspense>
);

/** `/<path>` (list), `create`, `edit/:id`, `show/:id`: the paths the resource entry declares. */
export function crudRoutes(path: string, pages: { list: LazyPage; create?: LazyPage; edit?: LazyPage; show?: LazyPage }) {
  return (
    <Route path={path} key={path}>
      <Route index element={page(pages.list)} />
      {pages.create && <Route path="create" element={page(pages.create)} />}
      {pages.edit && <Route path="edit/:id" element={page(pages.edit)} />}
      {pages.show && <Route path="show/:id" element={page(pages.show)} />}
    </Route>
  );
}

/**
 * A page that stands alone (a print view: no menu or header around the official layout), signed in all the
 * same and refused (403) to a role without the permission it stands for; with the signed-in labels, which the
 * layout would otherwise have brought.
 */
export function standaloneRoute(path: string, access: { resource: string; action: string }, Page: LazyPage) {
  return (
    <Route
      path={path}
      key={path}
      element={
        <Authenticated key={path} loading={<PageLoading fullScreen />} fallback={<CatchAllNavigate to="/login" />}>
          <Suspense fallback={<PageLoading fullScreen />}>
            <Labels scope="signed-in">
              <CanAccess resource={access.resource} action={access.action} fallback={page(Forbidden)}>
                {page(Page)}
              </CanAccess>
            </Labels>
          </Suspense>
        </Authenticated>
      }
    />
  );
}
