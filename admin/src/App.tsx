import { Authenticated, CanAccess, Refine } from '@refinedev/core';
import routerProvider, { CatchAllNavigate, DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import { Suspense, lazy } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import * as assistance from './areas/assistance/routes';
import * as compliance from './areas/compliance/routes';
import * as enrollment from './areas/enrollment/routes';
import * as platform from './areas/platform/routes';
import * as rectification from './areas/rectification/routes';
import * as fraud from './areas/fraud/routes';
import * as screening from './areas/screening/routes';
import * as supervision from './areas/supervision/routes';
import { AppShell } from './components/AppShell';
import { HomeRedirect } from './components/HomeRedirect';
import { PageLoading } from './components/PageLoading';
import { Forbidden, NotFound, page } from './components/routes';
import { resources } from './config/resources';
import { accessControlProvider } from './providers/access-control';
import { authProvider } from './providers/auth';
import { dataProvider } from './providers/data';
import { Labels, i18n, loadLabels, useI18nProvider, useLabelsVersion, withLabels } from './providers/i18n';
import { useNotificationProvider } from './providers/notification';
import { queryClient } from './providers/query-client';

// Route-level code splitting: every page (and the signed-in layout) is its own chunk; each area's
// routes.tsx holds its lazy imports and <Route>s, this file only places them. The signed-in layout arrives with
// every area's labels (fetched in parallel); the sign-in page with its own, which every scope includes, so they
// are fetched while the session is checked.
const AppLayout = lazy(() => withLabels('signed-in', import('./components/AppLayout')));
void loadLabels('sign-in');

function RefineApp() {
  const i18nProvider = useI18nProvider();
  // The title is set on navigation; labels that arrive later (a deep link) or a new language set it again.
  const labelsVersion = useLabelsVersion();
  return (
    <Refine
      routerProvider={routerProvider}
      dataProvider={dataProvider}
      authProvider={authProvider}
      accessControlProvider={accessControlProvider}
      i18nProvider={i18nProvider}
      notificationProvider={useNotificationProvider}
      resources={resources}
      options={{
        syncWithLocation: true,
        warnWhenUnsavedChanges: true,
        disableTelemetry: true,
        reactQuery: { clientConfig: queryClient },
      }}
    >
      <Routes>
        {/* Print views stand alone (no menu or header around the official layout), signed in all the same. */}
        {enrollment.standaloneRoutes}
        {supervision.standaloneRoutes}
        {compliance.standaloneRoutes}
        <Route
          element={
            <Authenticated key="signed-in" loading={<PageLoading fullScreen />} fallback={<CatchAllNavigate to="/login" />}>
              <Suspense fallback={<PageLoading fullScreen />}>
                <AppLayout>
                  <Outlet />
                </AppLayout>
              </Suspense>
            </Authenticated>
          }
        >
          <Route index element={<HomeRedirect />} />
          {/* A page the role may not use answers 403, whether reached by menu or by URL. */}
          <Route
            element={
              <CanAccess fallback={page(Forbidden)}>
                <Outlet />
              </CanAccess>
            }
          >
            {platform.routes}
            {enrollment.routes}
            {assistance.routes}
            {supervision.routes}
            {rectification.routes}
            {fraud.routes}
            {screening.routes}
            {compliance.routes}
          </Route>
          <Route path="*" element={page(NotFound)} />
        </Route>
        <Route
          element={
            <Authenticated
              key="signed-out"
              loading={<PageLoading fullScreen />}
              fallback={
                <Suspense fallback={<PageLoading fullScreen />}>
                  <Labels scope="sign-in">
                    <Outlet />
                  </Labels>
                </Suspense>
              }
            >
              <HomeRedirect />
            </Authenticated>
          }
        >
          {platform.signedOutRoutes}
        </Route>
      </Routes>
      <UnsavedChangesNotifier />
      <DocumentTitleHandler
        key={labelsVersion}
        handler={({ resource, action }) => {
          const name = i18n.t('app.name');
          if (!resource || resource.meta?.group) return name;
          return `${i18n.t(`${resource.name}.titles.${action ?? 'list'}`)} - ${name}`;
        }}
      />
    </Refine>
  );
}

export default function App() {
  return (
    <BrowserRouter>
      <AppShell>
        <RefineApp />
      </AppShell>
    </BrowserRouter>
  );
}
