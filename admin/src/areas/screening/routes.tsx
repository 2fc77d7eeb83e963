import { type ReactElement, lazy } from 'react';
import { crudRoutes } from '../../components/routes';

const FraudSuspicionList = lazy(() => import('./fraud-suspicions/list'));
const FraudSuspicionShow = lazy(() => import('./fraud-suspicions/show'));

/** The pages of 智能监控 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [crudRoutes('/fraud-suspicions', { list: FraudSuspicionList, show: FraudSuspicionShow })];
