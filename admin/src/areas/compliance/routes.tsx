import { lazy } from 'react';
import { Route } from 'react-router';
import { page, standaloneRoute } from '../../components/routes';

const ComplianceHome = lazy(() => import('./compliance-home'));
const Scorecard = lazy(() => import('./compliance'));
const ScorecardPrint = lazy(() => import('./compliance/print'));
const ActionList = lazy(() => import('./compliance-actions/list'));
const SnapshotList = lazy(() => import('./compliance-snapshots/list'));

/** The pages of 政策合规审计 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  <Route key="/compliance-home" path="/compliance-home" element={page(ComplianceHome)} />,
  <Route key="/compliance" path="/compliance" element={page(Scorecard)} />,
  <Route key="/compliance-actions" path="/compliance-actions" element={page(ActionList)} />,
  <Route key="/compliance-snapshots" path="/compliance-snapshots" element={page(SnapshotList)} />,
];

/** The scorecard's print view, outside the layout. */
export const standaloneRoutes = [standaloneRoute('/compliance/print', { resource: 'compliance', action: 'list' }, ScorecardPrint)];
