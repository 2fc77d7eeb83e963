import { type ReactElement, lazy } from 'react';
import { crudRoutes } from '../../components/routes';

const FlightCheckDrawList = lazy(() => import('./flight-check-draws/list'));
const FlightCheckDrawCreate = lazy(() => import('./flight-check-draws/create'));
const FlightCheckDrawShow = lazy(() => import('./flight-check-draws/show'));

/** The pages of 智能监控 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [
  crudRoutes('/flight-check-draws', { list: FlightCheckDrawList, create: FlightCheckDrawCreate, show: FlightCheckDrawShow }),
];
