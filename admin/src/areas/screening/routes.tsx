import { type ReactElement, lazy } from 'react';
import { crudRoutes } from '../../components/routes';

const ScreeningRulesList = lazy(() => import('./screening-rules/list'));
const ScreeningRuleShow = lazy(() => import('./screening-rules/show'));
const ScreeningParametersList = lazy(() => import('./screening-parameters/list'));
const ScreeningParametersCreate = lazy(() => import('./screening-parameters/create'));
const ScreeningParametersEdit = lazy(() => import('./screening-parameters/edit'));
const ScreeningParametersShow = lazy(() => import('./screening-parameters/show'));
const ScreeningRunList = lazy(() => import('./screening-runs/list'));
const ScreeningRunShow = lazy(() => import('./screening-runs/show'));
const FraudSuspicionList = lazy(() => import('./fraud-suspicions/list'));
const FraudSuspicionShow = lazy(() => import('./fraud-suspicions/show'));
const FlightCheckDrawList = lazy(() => import('./flight-check-draws/list'));
const FlightCheckDrawCreate = lazy(() => import('./flight-check-draws/create'));
const FlightCheckDrawShow = lazy(() => import('./flight-check-draws/show'));

/** The pages of 智能监控 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [
  crudRoutes('/screening-rules', { list: ScreeningRulesList, show: ScreeningRuleShow }),
  crudRoutes('/screening-parameters', {
    list: ScreeningParametersList,
    create: ScreeningParametersCreate,
    edit: ScreeningParametersEdit,
    show: ScreeningParametersShow,
  }),
  crudRoutes('/screening-runs', { list: ScreeningRunList, show: ScreeningRunShow }),
  crudRoutes('/fraud-suspicions', { list: FraudSuspicionList, show: FraudSuspicionShow }),
  crudRoutes('/flight-check-draws', { list: FlightCheckDrawList, create: FlightCheckDrawCreate, show: FlightCheckDrawShow }),
];
