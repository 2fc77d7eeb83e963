import { lazy } from 'react';
import { crudRoutes } from '../../components/routes';

const CampaignList = lazy(() => import('./rectification-campaigns/list'));
const CampaignCreate = lazy(() => import('./rectification-campaigns/create'));
const CampaignEdit = lazy(() => import('./rectification-campaigns/edit'));
const ItemList = lazy(() => import('./rectification-items/list'));
const ItemCreate = lazy(() => import('./rectification-items/create'));
const ItemShow = lazy(() => import('./rectification-items/show'));
const ItemEdit = lazy(() => import('./rectification-items/edit'));
const CampaignShow = lazy(() => import('./rectification-campaigns/show'));

/** The pages of 过度保障治理 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  crudRoutes('/rectification-items', { list: ItemList, create: ItemCreate, edit: ItemEdit, show: ItemShow }),
  crudRoutes('/rectification-campaigns', { list: CampaignList, create: CampaignCreate, edit: CampaignEdit, show: CampaignShow }),
];
