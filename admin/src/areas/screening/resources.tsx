import { AuditOutlined, RadarChartOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 智能监控: the rule base, screening runs, the 疑点 queue and the 双随机 draw (issue 17). */
export const resources: AreaResource[] = [
  { name: 'screening', meta: { icon: <RadarChartOutlined />, group: true } },
  // 疑点: found by the screening runs (no create page); worked through the workflow, claimed and decided in bulk
  {
    name: 'fraud-suspicions',
    list: '/fraud-suspicions',
    show: '/fraud-suspicions/show/:id',
    meta: { parent: 'screening', icon: <AuditOutlined /> },
  },
];
