import {
  AlertOutlined,
  CalculatorOutlined,
  ControlOutlined,
  FileProtectOutlined,
  PieChartOutlined,
  ReconciliationOutlined,
  SendOutlined,
  WarningOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  FileDoneOutlined,
  NotificationOutlined,
  ProfileOutlined,
  ApartmentOutlined,
  AuditOutlined,
  FileSearchOutlined,
  DashboardOutlined,
  EyeOutlined,
  FundOutlined,
  InboxOutlined,
  MedicineBoxOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SolutionOutlined,
  SyncOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ResourceProps } from '@refinedev/core';

/**
 * Every resource of the panel, declared once. Menu groups are the policy areas (`meta.parent`); a group
 * with no page under it yet stays out of the menu by itself (Refine drops a parent with no children),
 * so areas appear as their pages are built. Labels come from the locale files: `<name>.<name>` for the
 * menu, `<name>.titles.<action>` for page titles.
 */
export const MENU_GROUPS = [
  { name: 'enrollment', icon: <WalletOutlined /> }, // 资助参保
  { name: 'triple-protection', icon: <MedicineBoxOutlined /> }, // 三重保障
  { name: 'over-protection', icon: <FundOutlined /> }, // 过度保障治理
  { name: 'supervision', icon: <FileSearchOutlined /> }, // 督导问责
  { name: 'fraud', icon: <AlertOutlined /> }, // 欺诈骗保
  { name: 'compliance', icon: <SafetyCertificateOutlined /> }, // 合规审计
  { name: 'system', icon: <SettingOutlined /> }, // 系统管理
] as const;

export const resources: ResourceProps[] = [
  // 待办 first: it spans every policy area, and it is where officers land after signing in.
  {
    name: 'inbox',
    list: '/inbox',
    meta: { icon: <InboxOutlined /> },
  },
  ...MENU_GROUPS.map(({ name, icon }) => ({ name, meta: { icon, group: true } })),
  // 资助参保 (issue 5): the ledger, the monthly comparison and its tasks, the standards, rates and bulletin.
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
  // 三重保障 (issue 6): the parameters, the calculator, settlements with their import and recompute, the chronic-disease
  // recognitions, the high-cost warnings with their monthly push, and the figures.
  {
    name: 'policy-parameters',
    list: '/policy-parameters',
    create: '/policy-parameters/create',
    edit: '/policy-parameters/edit/:id',
    show: '/policy-parameters/show/:id',
    meta: { parent: 'triple-protection', icon: <ControlOutlined /> },
  },
  // The calculator: a page of its own over settlements:calculate (access-control PAGES).
  {
    name: 'settlement-calculator',
    list: '/settlements/calculator',
    meta: { parent: 'triple-protection', icon: <CalculatorOutlined /> },
  },
  {
    name: 'settlements',
    list: '/settlements',
    create: '/settlements/create',
    show: '/settlements/show/:id',
    meta: { parent: 'triple-protection', icon: <ReconciliationOutlined /> },
  },
  {
    name: 'settlement-imports',
    list: '/settlement-imports',
    create: '/settlement-imports/create',
    show: '/settlement-imports/show/:id',
    meta: { parent: 'triple-protection', icon: <CloudUploadOutlined /> },
  },
  // 重算 after a parameter revision: a background job per run (the city starts it from a dialog, no create page).
  {
    name: 'settlement-recomputes',
    list: '/settlement-recomputes',
    show: '/settlement-recomputes/show/:id',
    meta: { parent: 'triple-protection', icon: <SyncOutlined /> },
  },
  {
    name: 'chronic-recognitions',
    list: '/chronic-recognitions',
    create: '/chronic-recognitions/create',
    show: '/chronic-recognitions/show/:id',
    meta: { parent: 'triple-protection', icon: <FileProtectOutlined /> },
  },
  {
    name: 'cost-warnings',
    list: '/cost-warnings',
    show: '/cost-warnings/show/:id',
    meta: { parent: 'triple-protection', icon: <WarningOutlined /> },
  },
  // The monthly push to 民政 / 乡村振兴: a page of its own over the cost-warnings permission.
  {
    name: 'cost-warning-pushes',
    list: '/cost-warnings/pushes',
    meta: { parent: 'triple-protection', icon: <SendOutlined /> },
  },
  {
    name: 'assistance-stats',
    list: '/assistance-stats',
    meta: { parent: 'triple-protection', icon: <PieChartOutlined /> },
  },
  {
    name: 'responsibility-tables',
    list: '/responsibility-tables',
    create: '/responsibility-tables/create',
    edit: '/responsibility-tables/edit/:id',
    show: '/responsibility-tables/show/:id',
    meta: { parent: 'supervision', icon: <SolutionOutlined /> },
  },
  // The filing status board: a page of its own over the responsibility-tables permission (access-control PAGES).
  {
    name: 'responsibility-table-status',
    list: '/responsibility-tables/status',
    meta: { parent: 'supervision', icon: <DashboardOutlined /> },
  },
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
    name: 'profile',
    list: '/profile',
    meta: { icon: <UserOutlined /> },
  },
];
