import { Authenticated, CanAccess, Refine } from '@refinedev/core';
import routerProvider, { CatchAllNavigate, DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import { type ComponentType, type LazyExoticComponent, Suspense, lazy } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { AppShell } from './components/AppShell';
import { ErrorBoundary } from './components/ErrorBoundary';
import { HomeRedirect } from './components/HomeRedirect';
import { PageLoading } from './components/PageLoading';
import { resources } from './config/resources';
import { accessControlProvider } from './providers/access-control';
import { authProvider } from './providers/auth';
import { dataProvider } from './providers/data';
import { i18n, useI18nProvider } from './providers/i18n';
import { useNotificationProvider } from './providers/notification';
import { queryClient } from './providers/query-client';

// Route-level code splitting: every page (and the signed-in layout) is its own chunk.
const AppLayout = lazy(() => import('./components/AppLayout'));
const Login = lazy(() => import('./pages/login'));
const Forbidden = lazy(() => import('./pages/errors/forbidden'));
const NotFound = lazy(() => import('./pages/errors/not-found'));
const UserList = lazy(() => import('./pages/users/list'));
const UserCreate = lazy(() => import('./pages/users/create'));
const UserEdit = lazy(() => import('./pages/users/edit'));
const UserShow = lazy(() => import('./pages/users/show'));
const UserChangeList = lazy(() => import('./pages/users/changes'));
const RegionList = lazy(() => import('./pages/regions/list'));
const RegionCreate = lazy(() => import('./pages/regions/create'));
const RegionEdit = lazy(() => import('./pages/regions/edit'));
const RegionShow = lazy(() => import('./pages/regions/show'));
const AuditLogList = lazy(() => import('./pages/audit-logs/list'));
const AuditLogShow = lazy(() => import('./pages/audit-logs/show'));
const AccessLogList = lazy(() => import('./pages/access-logs/list'));
const Profile = lazy(() => import('./pages/profile'));
const Inbox = lazy(() => import('./pages/inbox'));
const ResponsibilityTableList = lazy(() => import('./pages/responsibility-tables/list'));
const ResponsibilityTableCreate = lazy(() => import('./pages/responsibility-tables/create'));
const ResponsibilityTableEdit = lazy(() => import('./pages/responsibility-tables/edit'));
const ResponsibilityTableShow = lazy(() => import('./pages/responsibility-tables/show'));
const ResponsibilityTableStatus = lazy(() => import('./pages/responsibility-tables/status'));
const ResponsibilityTablePrint = lazy(() => import('./pages/responsibility-tables/print'));
const BeneficiaryList = lazy(() => import('./pages/beneficiaries/list'));
const BeneficiaryCreate = lazy(() => import('./pages/beneficiaries/create'));
const BeneficiaryEdit = lazy(() => import('./pages/beneficiaries/edit'));
const BeneficiaryShow = lazy(() => import('./pages/beneficiaries/show'));
const RosterImportList = lazy(() => import('./pages/roster-imports/list'));
const RosterImportCreate = lazy(() => import('./pages/roster-imports/create'));
const RosterImportShow = lazy(() => import('./pages/roster-imports/show'));
const VerificationTaskList = lazy(() => import('./pages/verification-tasks/list'));
const SubsidyStandardsList = lazy(() => import('./pages/subsidy-standards/list'));
const SubsidyStandardsCreate = lazy(() => import('./pages/subsidy-standards/create'));
const SubsidyStandardsEdit = lazy(() => import('./pages/subsidy-standards/edit'));
const SubsidyStandardsShow = lazy(() => import('./pages/subsidy-standards/show'));
const EnrollmentRates = lazy(() => import('./pages/enrollment-rates'));
const EnrollmentBulletin = lazy(() => import('./pages/enrollment-bulletin'));
const EnrollmentBulletinPrint = lazy(() => import('./pages/enrollment-bulletin/print'));
const PolicyParametersList = lazy(() => import('./pages/policy-parameters/list'));
const PolicyParametersCreate = lazy(() => import('./pages/policy-parameters/create'));
const PolicyParametersEdit = lazy(() => import('./pages/policy-parameters/edit'));
const PolicyParametersShow = lazy(() => import('./pages/policy-parameters/show'));
const SettlementCalculator = lazy(() => import('./pages/settlement-calculator'));
const SettlementList = lazy(() => import('./pages/settlements/list'));
const SettlementCreate = lazy(() => import('./pages/settlements/create'));
const SettlementShow = lazy(() => import('./pages/settlements/show'));
const SettlementImportList = lazy(() => import('./pages/settlement-imports/list'));
const SettlementImportCreate = lazy(() => import('./pages/settlement-imports/create'));
const SettlementImportShow = lazy(() => import('./pages/settlement-imports/show'));
const SettlementRecomputeList = lazy(() => import('./pages/settlement-recomputes/list'));
const SettlementRecomputeShow = lazy(() => import('./pages/settlement-recomputes/show'));
const ChronicRecognitionList = lazy(() => import('./pages/chronic-recognitions/list'));
const ChronicRecognitionCreate = lazy(() => import('./pages/chronic-recognitions/create'));
const ChronicRecognitionShow = lazy(() => import('./pages/chronic-recognitions/show'));
const CostWarningList = lazy(() => import('./pages/cost-warnings/list'));
const CostWarningShow = lazy(() => import('./pages/cost-warnings/show'));
const CostWarningPushes = lazy(() => import('./pages/cost-warning-pushes'));
const AssistanceStats = lazy(() => import('./pages/assistance-stats'));

const page = (Page: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<PageLoading />}>
    <Page />
  </Suspense>
);

function crudRoutes(
  path: string,
  pages: { list: LazyExoticComponent<ComponentType>; create?: LazyExoticComponent<ComponentType>; edit?: LazyExoticComponent<ComponentType>; show?: LazyExoticComponent<ComponentType> },
) {
  return (
    <Route path={path}>
      <Route index element={page(pages.list)} />
      {pages.create && <Route path="create" element={page(pages.create)} />}
      {pages.edit && <Route path="edit/:id" element={page(pages.edit)} />}
      {pages.show && <Route path="show/:id" element={page(pages.show)} />}
    </Route>
  );
}

function RefineApp() {
  const i18nProvider = useI18nProvider();
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
        {/* The print view stands alone (no menu or header around the official layout), signed in all the same. */}
        <Route
          path="/responsibility-tables/print/:id"
          element={
            <Authenticated key="print" loading={<PageLoading fullScreen />} fallback={<CatchAllNavigate to="/login" />}>
              <CanAccess resource="responsibility-tables" action="show" fallback={page(Forbidden)}>
                {page(ResponsibilityTablePrint)}
              </CanAccess>
            </Authenticated>
          }
        />
        <Route
          path="/enrollment-bulletin/print"
          element={
            <Authenticated key="bulletin-print" loading={<PageLoading fullScreen />} fallback={<CatchAllNavigate to="/login" />}>
              <CanAccess resource="enrollment-bulletin" action="list" fallback={page(Forbidden)}>
                {page(EnrollmentBulletinPrint)}
              </CanAccess>
            </Authenticated>
          }
        />
        <Route
          element={
            <Authenticated key="signed-in" loading={<PageLoading fullScreen />} fallback={<CatchAllNavigate to="/login" />}>
              <Suspense fallback={<PageLoading fullScreen />}>
                <AppLayout>
                  <ErrorBoundary>
                    <Outlet />
                  </ErrorBoundary>
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
            <Route path="/inbox" element={page(Inbox)} />
            {crudRoutes('/beneficiaries', { list: BeneficiaryList, create: BeneficiaryCreate, edit: BeneficiaryEdit, show: BeneficiaryShow })}
            {crudRoutes('/roster-imports', { list: RosterImportList, create: RosterImportCreate, show: RosterImportShow })}
            {crudRoutes('/verification-tasks', { list: VerificationTaskList })}
            {crudRoutes('/subsidy-standards', { list: SubsidyStandardsList, create: SubsidyStandardsCreate, edit: SubsidyStandardsEdit, show: SubsidyStandardsShow })}
            <Route path="/enrollment-rates" element={page(EnrollmentRates)} />
            <Route path="/enrollment-bulletin" element={page(EnrollmentBulletin)} />
            {crudRoutes('/policy-parameters', { list: PolicyParametersList, create: PolicyParametersCreate, edit: PolicyParametersEdit, show: PolicyParametersShow })}
            <Route path="/settlements/calculator" element={page(SettlementCalculator)} />
            {crudRoutes('/settlements', { list: SettlementList, create: SettlementCreate, show: SettlementShow })}
            {crudRoutes('/settlement-imports', { list: SettlementImportList, create: SettlementImportCreate, show: SettlementImportShow })}
            {crudRoutes('/settlement-recomputes', { list: SettlementRecomputeList, show: SettlementRecomputeShow })}
            {crudRoutes('/chronic-recognitions', { list: ChronicRecognitionList, create: ChronicRecognitionCreate, show: ChronicRecognitionShow })}
            <Route path="/cost-warnings/pushes" element={page(CostWarningPushes)} />
            {crudRoutes('/cost-warnings', { list: CostWarningList, show: CostWarningShow })}
            <Route path="/assistance-stats" element={page(AssistanceStats)} />
            <Route path="/responsibility-tables/status" element={page(ResponsibilityTableStatus)} />
            {crudRoutes('/responsibility-tables', {
              list: ResponsibilityTableList,
              create: ResponsibilityTableCreate,
              edit: ResponsibilityTableEdit,
              show: ResponsibilityTableShow,
            })}
            {crudRoutes('/users', { list: UserList, create: UserCreate, edit: UserEdit, show: UserShow })}
            {crudRoutes('/regions', { list: RegionList, create: RegionCreate, edit: RegionEdit, show: RegionShow })}
            {crudRoutes('/user-changes', { list: UserChangeList })}
            {crudRoutes('/audit-logs', { list: AuditLogList, show: AuditLogShow })}
            {crudRoutes('/access-logs', { list: AccessLogList })}
            <Route path="/profile" element={page(Profile)} />
          </Route>
          <Route path="*" element={page(NotFound)} />
        </Route>
        <Route
          element={
            <Authenticated key="signed-out" loading={<PageLoading fullScreen />} fallback={<Outlet />}>
              <HomeRedirect />
            </Authenticated>
          }
        >
          <Route path="/login" element={page(Login)} />
        </Route>
      </Routes>
      <UnsavedChangesNotifier />
      <DocumentTitleHandler
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
