import {
  BarChartOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  FileDoneOutlined,
  NotificationOutlined,
  ProfileOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 资助参保 (issue 5): the ledger, the monthly comparison and its tasks, the standards, rates and bulletin. */
export const resources: AreaResource[] = [
  { name: 'enrollment', meta: { icon: <WalletOutlined />, group: true } },
  {
    name: 'beneficiaries',
    list: '/beneficiaries',
    create: '/beneficiaries/create',
    edit: '/beneficiaries/edit/:id',
    show: '/beneficiaries/show/:id',
    meta: { parent: 'enrollment', icon: <ContactsOutlined /> },
  },
  {
    name: 'roster-imports',
    list: '/roster-imports',
    create: '/roster-imports/create',
    show: '/roster-imports/show/:id',
    meta: { parent: 'enrollment', icon: <CloudUploadOutlined /> },
  },
  {
    name: 'verification-tasks',
    list: '/verification-tasks',
    meta: { parent: 'enrollment', icon: <FileDoneOutlined /> },
  },
  {
    name: 'subsidy-standards',
    list: '/subsidy-standards',
    create: '/subsidy-standards/create',
    edit: '/subsidy-standards/edit/:id',
    show: '/subsidy-standards/show/:id',
    meta: { parent: 'enrollment', icon: <ProfileOutlined /> },
  },
  {
    name: 'enrollment-rates',
    list: '/enrollment-rates',
    meta: { parent: 'enrollment', icon: <BarChartOutlined /> },
  },
  {
    name: 'enrollment-bulletin',
    list: '/enrollment-bulletin',
    meta: { parent: 'enrollment', icon: <NotificationOutlined /> },
  },
];
