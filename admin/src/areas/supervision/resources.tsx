import { BarChartOutlined, DashboardOutlined, FileDoneOutlined, FileSearchOutlined, SolutionOutlined, WarningOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 督导问责: the yearly responsibility tables, their filing status board, the reporting dashboard, inspections and the accountability register. */
export const resources: AreaResource[] = [
  { name: 'supervision', meta: { icon: <FileSearchOutlined />, group: true } },
  {
    name: 'responsibility-tables',
    list: '/responsibility-tables',
    create: '/responsibility-tables/create',
    edit: '/responsibility-tables/edit/:id',
    show: '/responsibility-tables/show/:id',
    meta: { parent: 'supervision', icon: <SolutionOutlined /> },
  },
  // The filing status board: a page of its own over the responsibility-tables permission, for the levels with units below.
  {
    name: 'responsibility-table-status',
    list: '/responsibility-tables/status',
    meta: {
      parent: 'supervision',
      icon: <DashboardOutlined />,
      permission: { resource: 'responsibility-tables', action: 'list', levels: ['national', 'province', 'city'] },
    },
  },
  { name: 'reporting-tasks', list: '/reporting-tasks', meta: { parent: 'supervision', icon: <FileDoneOutlined /> } },
  // 报送时限: reached from the reporting pages (not a menu entry of its own)
  {
    name: 'reporting-due-rules',
    list: '/reporting-due-rules',
    create: '/reporting-due-rules/create',
    edit: '/reporting-due-rules/edit/:id',
    show: '/reporting-due-rules/show/:id',
    meta: { parent: 'supervision', hide: true },
  },
  // 报送情况: the duty × region matrix and completeness / timeliness by region
  { name: 'reporting-rates', list: '/reporting', meta: { parent: 'supervision', icon: <BarChartOutlined /> } },
  {
    name: 'inspections',
    list: '/inspections',
    create: '/inspections/create',
    edit: '/inspections/edit/:id',
    show: '/inspections/show/:id',
    // 督导检查 under the area's own icon (no further icon in the entry chunk)
    meta: { parent: 'supervision', icon: <FileSearchOutlined /> },
  },
  {
    name: 'accountability-records',
    list: '/accountability-records',
    create: '/accountability-records/create',
    show: '/accountability-records/show/:id',
    meta: { parent: 'supervision', icon: <WarningOutlined /> },
  },
];
