import { CameraOutlined, DashboardOutlined, FundOutlined, SafetyCertificateOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/**
 * 政策合规审计 (issue 18): the home dashboard (where the province lands), the scorecard with its explanations, the
 * follow-up actions on cells and the frozen periods. First of the areas in the menu: it spans all of them.
 */
export const resources: AreaResource[] = [
  { name: 'compliance-audit', meta: { icon: <SafetyCertificateOutlined />, group: true } },
  // 合规概览: the scorecard's headline for the user's own subtree (the province's landing page)
  {
    name: 'compliance-home',
    list: '/compliance-home',
    meta: {
      parent: 'compliance-audit',
      icon: <DashboardOutlined />,
      permission: { resource: 'compliance', action: 'list' },
      landingFor: ['province_supervisor'],
    },
  },
  // 合规记分卡: regions × indicators for a period, a cell's explanation in a drawer
  { name: 'compliance', list: '/compliance', meta: { parent: 'compliance-audit', icon: <FundOutlined /> } },
  // 跟进事项: follow-up actions filed on cells, per region, worked through their statuses
  { name: 'compliance-actions', list: '/compliance-actions', meta: { parent: 'compliance-audit', icon: <ScheduleOutlined /> } },
  // 冻结记录: frozen periods and their hash check
  { name: 'compliance-snapshots', list: '/compliance-snapshots', meta: { parent: 'compliance-audit', icon: <CameraOutlined /> } },
];
