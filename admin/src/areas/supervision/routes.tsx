import { lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page, standaloneRoute } from '../../components/routes';

const ResponsibilityTableList = lazy(() => import('./responsibility-tables/list'));
const ResponsibilityTableCreate = lazy(() => import('./responsibility-tables/create'));
const ResponsibilityTableEdit = lazy(() => import('./responsibility-tables/edit'));
const ResponsibilityTableShow = lazy(() => import('./responsibility-tables/show'));
const ResponsibilityTablePrint = lazy(() => import('./responsibility-tables/print'));
const ResponsibilityTableStatus = lazy(() => import('./responsibility-table-status'));
const AccountabilityRecordList = lazy(() => import('./accountability-records/list'));
const AccountabilityRecordCreate = lazy(() => import('./accountability-records/create'));
const AccountabilityRecordShow = lazy(() => import('./accountability-records/show'));
const InspectionList = lazy(() => import('./inspections/list'));
const InspectionCreate = lazy(() => import('./inspections/create'));
const InspectionEdit = lazy(() => import('./inspections/edit'));
const InspectionShow = lazy(() => import('./inspections/show'));
const ReportingDashboard = lazy(() => import('./reporting'));
const ReportingTaskList = lazy(() => import('./reporting-tasks/list'));
const ReportingDueRulesList = lazy(() => import('./reporting-due-rules/list'));
const ReportingDueRulesCreate = lazy(() => import('./reporting-due-rules/create'));
const ReportingDueRulesEdit = lazy(() => import('./reporting-due-rules/edit'));
const ReportingDueRulesShow = lazy(() => import('./reporting-due-rules/show'));

/** The pages of 督导问责 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  <Route key="/responsibility-tables/status" path="/responsibility-tables/status" element={page(ResponsibilityTableStatus)} />,
  <Route key="/reporting" path="/reporting" element={page(ReportingDashboard)} />,
  <Route key="/reporting-tasks" path="/reporting-tasks" element={page(ReportingTaskList)} />,
  crudRoutes('/reporting-due-rules', {
    list: ReportingDueRulesList,
    create: ReportingDueRulesCreate,
    edit: ReportingDueRulesEdit,
    show: ReportingDueRulesShow,
  }),
  crudRoutes('/responsibility-tables', {
    list: ResponsibilityTableList,
    create: ResponsibilityTableCreate,
    edit: ResponsibilityTableEdit,
    show: ResponsibilityTableShow,
  }),
  crudRoutes('/accountability-records', { list: AccountabilityRecordList, create: AccountabilityRecordCreate, show: AccountabilityRecordShow }),
  crudRoutes('/inspections', { list: InspectionList, create: InspectionCreate, edit: InspectionEdit, show: InspectionShow }),
];

/** A table's print view, outside the layout. */
export const standaloneRoutes = [
  standaloneRoute('/responsibility-tables/print/:id', { resource: 'responsibility-tables', action: 'show' }, ResponsibilityTablePrint),
];
