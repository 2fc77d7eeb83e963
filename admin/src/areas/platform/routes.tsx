import { lazy } from 'react';
import { Route } from 'react-router';
import { crudRoutes, page } from '../../components/routes';

const Login = lazy(() => import('./login'));
const Inbox = lazy(() => import('./inbox'));
const Profile = lazy(() => import('./profile'));
const UserList = lazy(() => import('./users/list'));
const UserCreate = lazy(() => import('./users/create'));
const UserEdit = lazy(() => import('./users/edit'));
const UserShow = lazy(() => import('./users/show'));
const UserChangeList = lazy(() => import('./user-changes/list'));
const RegionList = lazy(() => import('./regions/list'));
const RegionCreate = lazy(() => import('./regions/create'));
const RegionEdit = lazy(() => import('./regions/edit'));
const RegionShow = lazy(() => import('./regions/show'));
const HolidayList = lazy(() => import('./holidays/list'));
const HolidayCreate = lazy(() => import('./holidays/create'));
const HolidayEdit = lazy(() => import('./holidays/edit'));
const AuditLogList = lazy(() => import('./audit-logs/list'));
const AuditLogShow = lazy(() => import('./audit-logs/show'));
const AccessLogList = lazy(() => import('./access-logs/list'));
const SessionList = lazy(() => import('./sessions/list'));

/** 待办, 系统管理 and 个人中心 inside the signed-in layout (the paths of `resources.tsx`). */
export const routes = [
  <Route key="/inbox" path="/inbox" element={page(Inbox)} />,
  crudRoutes('/users', { list: UserList, create: UserCreate, edit: UserEdit, show: UserShow }),
  crudRoutes('/regions', { list: RegionList, create: RegionCreate, edit: RegionEdit, show: RegionShow }),
  crudRoutes('/holidays', { list: HolidayList, create: HolidayCreate, edit: HolidayEdit }),
  crudRoutes('/user-changes', { list: UserChangeList }),
  crudRoutes('/audit-logs', { list: AuditLogList, show: AuditLogShow }),
  crudRoutes('/access-logs', { list: AccessLogList }),
  crudRoutes('/sessions', { list: SessionList }),
  <Route key="/profile" path="/profile" element={page(Profile)} />,
];

/** The sign-in page, for visitors not signed in. */
export const signedOutRoutes = [<Route key="/login" path="/login" element={page(Login)} />];
