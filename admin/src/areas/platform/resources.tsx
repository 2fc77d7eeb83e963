import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  EyeOutlined,
  FieldTimeOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 待办 comes first in the menu: it spans every policy area, and it is where officers land after signing in. */
export const inbox: AreaResource = {
  name: 'inbox',
  list: '/inbox',
  meta: { icon: <InboxOutlined /> },
};

/** 系统管理 (accounts, regions, the holiday calendar, the three logs), then 个人中心 last in the menu. */
export const resources: AreaResource[] = [
  { name: 'system', meta: { icon: <SettingOutlined />, group: true } },
  {
    name: 'users',
    list: '/users',
    create: '/users/create',
    edit: '/users/edit/:id',
    show: '/users/show/:id',
    meta: { parent: 'system', icon: <TeamOutlined /> },
  },
  {
    name: 'regions',
    list: '/regions',
    create: '/regions/create',
    edit: '/regions/edit/:id',
    show: '/regions/show/:id',
    meta: { parent: 'system', icon: <ApartmentOutlined />, canDelete: true },
  },
  {
    // 节假日安排: the keeper's page, shown to who may enter days (the system admin); every role reads the calendar
    // through the working-day deadlines it computes, so the API's read permission is wider than this menu entry
    name: 'holidays',
    list: '/holidays',
    create: '/holidays/create',
    edit: '/holidays/edit/:id',
    meta: { parent: 'system', icon: <CalendarOutlined />, canDelete: true, permission: { resource: 'holidays', action: 'create' } },
  },
  {
    // 三权分立: changes to administrator accounts awaiting a second administrator's confirmation
    name: 'user-changes',
    list: '/user-changes',
    meta: { parent: 'system', icon: <SafetyCertificateOutlined /> },
  },
  {
    name: 'audit-logs',
    list: '/audit-logs',
    show: '/audit-logs/show/:id',
    meta: { parent: 'system', icon: <AuditOutlined /> },
  },
  {
    name: 'access-logs',
    list: '/access-logs',
    meta: { parent: 'system', icon: <EyeOutlined /> },
  },
  {
    // the security admin ends a session at once (a lost laptop, a departed employee)
    name: 'sessions',
    list: '/sessions',
    meta: { parent: 'system', icon: <FieldTimeOutlined /> },
  },
  {
    name: 'profile',
    list: '/profile',
    meta: { icon: <UserOutlined /> },
  },
];
