import { type ReactElement, lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page } from '../../components/routes';

const FraudClueList = lazy(() => import('./fraud-clues/list'));
const FraudClueCreate = lazy(() => import('./fraud-clues/create'));
const FraudClueShow = lazy(() => import('./fraud-clues/show'));
const FraudCaseList = lazy(() => import('./fraud-cases/list'));
const FraudCaseShow = lazy(() => import('./fraud-cases/show'));
const InstitutionList = lazy(() => import('./institutions/list'));
const InstitutionCreate = lazy(() => import('./institutions/create'));
const InstitutionEdit = lazy(() => import('./institutions/edit'));
const InstitutionShow = lazy(() => import('./institutions/show'));
const FraudStats = lazy(() => import('./fraud-stats'));
const FraudParametersList = lazy(() => import('./fraud-parameters/list'));
const FraudParametersCreate = lazy(() => import('./fraud-parameters/create'));
const FraudParametersEdit = lazy(() => import('./fraud-parameters/edit'));
const FraudParametersShow = lazy(() => import('./fraud-parameters/show'));

/** The pages of 欺诈骗保 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [
  crudRoutes('/fraud-clues', { list: FraudClueList, create: FraudClueCreate, show: FraudClueShow }),
  crudRoutes('/fraud-cases', { list: FraudCaseList, show: FraudCaseShow }),
  crudRoutes('/institutions', { list: InstitutionList, create: InstitutionCreate, edit: InstitutionEdit, show: InstitutionShow }),
  <Route key="/fraud-stats" path="/fraud-stats" element={page(FraudStats)} />,
  crudRoutes('/fraud-parameters', { list: FraudParametersList, create: FraudParametersCreate, edit: FraudParametersEdit, show: FraudParametersShow }),
];
