import { lazy, type ReactElement } from 'react';
import { crudRoutes } from '../../components/routes';

const InstitutionList = lazy(() => import('./institutions/list'));
const InstitutionCreate = lazy(() => import('./institutions/create'));
const InstitutionEdit = lazy(() => import('./institutions/edit'));
const InstitutionShow = lazy(() => import('./institutions/show'));

/** The pages of 欺诈骗保 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes: ReactElement[] = [
  crudRoutes('/institutions', { list: InstitutionList, create: InstitutionCreate, edit: InstitutionEdit, show: InstitutionShow }),
];
