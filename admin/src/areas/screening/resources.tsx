import { RadarChartOutlined, InteractionOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 智能监控: the rule base, screening runs, the 疑点 queue and the 双随机 draw (issue 17). */
export const resources: AreaResource[] = [
  { name: 'screening', meta: { icon: <RadarChartOutlined />, group: true } },
  // 双随机抽查: drawn by the province or a city (create); the public list readable by every role that works 疑点
  {
    name: 'flight-check-draws',
    list: '/flight-check-draws',
    create: '/flight-check-draws/create',
    show: '/flight-check-draws/show/:id',
    meta: { parent: 'screening', icon: <InteractionOutlined /> },
  },
];
