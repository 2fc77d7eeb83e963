import { lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page } from '../../components/routes';

const CampaignList = lazy(() => import('./rectification-campaigns/list'));
const CampaignCreate = lazy(() => import('./rectification-campaigns/create'));
const CampaignEdit = lazy(() => import('./rectification-campaigns/edit'));
const ItemList = lazy(() => import('./rectification-items/list'));
const ItemCreate = lazy(() => import('./rectification-items/create'));
const ItemShow = lazy(() => import('./rectification-items/show'));
const ItemEdit = lazy(() => import('./rectification-items/edit'));
const ItemBoard = lazy(() => import('./rectification-items/board'));
const CampaignShow = lazy(() => import('./rectification-campaigns/show'));
const ScreeningList = lazy(() => import('./over-protection-screenings/list'));
const ScreeningShow = lazy(() => import('./over-protection-screenings/show'));

/** The pages of 过度保障治理 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  <Route key="/rectification-items/board" path="/rectification-items/board" element={page(ItemBoard)} />,
  crudRoutes('/rectification-items', { list: ItemList, create: ItemCreate, edit: ItemEdit, show: ItemShow }),
  crudRoutes('/rectification-campaigns', { list: CampaignList, create: CampaignCreate, edit: CampaignEdit, show: CampaignShow }),
  crudRoutes('/over-protection-screenings', { list: ScreeningList, show: ScreeningShow }),
];
