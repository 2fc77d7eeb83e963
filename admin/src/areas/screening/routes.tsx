import { lazy, type ReactElement } from 'react';
import { crudRoutes } from '../../components/routes';

const ScreeningRunList = lazy(() => import('./screening-runs/list'));
const ScreeningRunShow = lazy(() => import('./screening-runs/show'));

/** The pages of 智能监控 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [crudRoutes('/screening-runs', { list: ScreeningRunList, show: ScreeningRunShow })];
