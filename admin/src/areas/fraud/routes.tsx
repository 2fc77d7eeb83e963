import { type ReactElement, lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page } from '../../components/routes';

const FraudClueList = lazy(() => import('./fraud-clues/list'));
const FraudClueCreate = lazy(() => import('./fraud-clues/create'));
const FraudClueShow = lazy(() => import('./fraud-clues/show'));
const FraudCaseList = lazy(() => import('./fraud-cases/list'));
const FraudCaseShow = lazy(() => import('./fraud-cases/show'));
const FraudStats = lazy(() => import('./fraud-stats'));

/** The pages of 欺诈骗保 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [
  crudRoutes('/fraud-clues', { list: FraudClueList, create: FraudClueCreate, show: FraudClueShow }),
  crudRoutes('/fraud-cases', { list: FraudCaseList, show: FraudCaseShow }),
  <Route key="/fraud-stats" path="/fraud-stats" element={page(FraudStats)} />,
];
