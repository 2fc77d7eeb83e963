import { lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page, standaloneRoute } from '../../components/routes';

const BeneficiaryList = lazy(() => import('./beneficiaries/list'));
const BeneficiaryCreate = lazy(() => import('./beneficiaries/create'));
const BeneficiaryEdit = lazy(() => import('./beneficiaries/edit'));
const BeneficiaryShow = lazy(() => import('./beneficiaries/show'));
const RosterImportList = lazy(() => import('./roster-imports/list'));
const RosterImportCreate = lazy(() => import('./roster-imports/create'));
const RosterImportShow = lazy(() => import('./roster-imports/show'));
const VerificationTaskList = lazy(() => import('./verification-tasks/list'));
const SubsidyStandardsList = lazy(() => import('./subsidy-standards/list'));
const SubsidyStandardsCreate = lazy(() => import('./subsidy-standards/create'));
const SubsidyStandardsEdit = lazy(() => import('./subsidy-standards/edit'));
const SubsidyStandardsShow = lazy(() => import('./subsidy-standards/show'));
const EnrollmentRates = lazy(() => import('./enrollment-rates'));
const EnrollmentBulletin = lazy(() => import('./enrollment-bulletin'));
const EnrollmentBulletinPrint = lazy(() => import('./enrollment-bulletin/print'));

/** The pages of 资助参保 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  crudRoutes('/beneficiaries', { list: BeneficiaryList, create: BeneficiaryCreate, edit: BeneficiaryEdit, show: BeneficiaryShow }),
  crudRoutes('/roster-imports', { list: RosterImportList, create: RosterImportCreate, show: RosterImportShow }),
  crudRoutes('/verification-tasks', { list: VerificationTaskList }),
  crudRoutes('/subsidy-standards', { list: SubsidyStandardsList, create: SubsidyStandardsCreate, edit: SubsidyStandardsEdit, show: SubsidyStandardsShow }),
  <Route key="/enrollment-rates" path="/enrollment-rates" element={page(EnrollmentRates)} />,
  <Route key="/enrollment-bulletin" path="/enrollment-bulletin" element={page(EnrollmentBulletin)} />,
];

/** The bulletin's print view, outside the layout. */
export const standaloneRoutes = [standaloneRoute('/enrollment-bulletin/print', { resource: 'enrollment-bulletin', action: 'list' }, EnrollmentBulletinPrint)];
