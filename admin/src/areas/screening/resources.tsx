import { FileSearchOutlined, RadarChartOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 智能监控: the rule base, screening runs, the 疑点 queue and the 双随机 draw (issue 17). */
export const resources: AreaResource[] = [
  { name: 'screening', meta: { icon: <RadarChartOutlined />, group: true } },
  { name: 'screening-runs', list: '/screening-runs', show: '/screening-runs/show/:id', meta: { parent: 'screening', icon: <FileSearchOutlined /> } },
];
