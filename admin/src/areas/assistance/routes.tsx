import { lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page } from '../../components/routes';

const PolicyParametersList = lazy(() => import('./policy-parameters/list'));
const PolicyParametersCreate = lazy(() => import('./policy-parameters/create'));
const PolicyParametersEdit = lazy(() => import('./policy-parameters/edit'));
const PolicyParametersShow = lazy(() => import('./policy-parameters/show'));
const SettlementCalculator = lazy(() => import('./settlement-calculator'));
const SettlementList = lazy(() => import('./settlements/list'));
const SettlementCreate = lazy(() => import('./settlements/create'));
const SettlementShow = lazy(() => import('./settlements/show'));
const SettlementImportList = lazy(() => import('./settlement-imports/list'));
const SettlementImportCreate = lazy(() => import('./settlement-imports/create'));
const SettlementImportShow = lazy(() => import('./settlement-imports/show'));
const SettlementRecomputeList = lazy(() => import('./settlement-recomputes/list'));
const SettlementRecomputeShow = lazy(() => import('./settlement-recomputes/show'));
const ChronicRecognitionList = lazy(() => import('./chronic-recognitions/list'));
const ChronicRecognitionCreate = lazy(() => import('./chronic-recognitions/create'));
const ChronicRecognitionShow = lazy(() => import('./chronic-recognitions/show'));
const CostWarningList = lazy(() => import('./cost-warnings/list'));
const CostWarningShow = lazy(() => import('./cost-warnings/show'));
const CostWarningPushes = lazy(() => import('./cost-warning-pushes'));
const AssistanceStats = lazy(() => import('./assistance-stats'));

/** The pages of 三重保障 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  crudRoutes('/policy-parameters', { list: PolicyParametersList, create: PolicyParametersCreate, edit: PolicyParametersEdit, show: PolicyParametersShow }),
  <Route key="/settlements/calculator" path="/settlements/calculator" element={page(SettlementCalculator)} />,
  crudRoutes('/settlements', { list: SettlementList, create: SettlementCreate, show: SettlementShow }),
  crudRoutes('/settlement-imports', { list: SettlementImportList, create: SettlementImportCreate, show: SettlementImportShow }),
  crudRoutes('/settlement-recomputes', { list: SettlementRecomputeList, show: SettlementRecomputeShow }),
  crudRoutes('/chronic-recognitions', { list: ChronicRecognitionList, create: ChronicRecognitionCreate, show: ChronicRecognitionShow }),
  <Route key="/cost-warnings/pushes" path="/cost-warnings/pushes" element={page(CostWarningPushes)} />,
  crudRoutes('/cost-warnings', { list: CostWarningList, show: CostWarningShow }),
  <Route key="/assistance-stats" path="/assistance-stats" element={page(AssistanceStats)} />,
];
