import { AuditOutlined, ControlOutlined, FileSearchOutlined, InteractionOutlined, RadarChartOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 智能监控: the rule base, screening runs, the 疑点 queue and the 双随机 draw (issue 17). */
export const resources: AreaResource[] = [
  { name: 'screening', meta: { icon: <RadarChartOutlined />, group: true } },
  // 规则库: the catalogue with the parameters in force and hit rates (read-only; the parameters are kept below)
  { name: 'screening-rules', list: '/screening-rules', show: '/screening-rules/show/:id', meta: { parent: 'screening', icon: <ControlOutlined /> } },
  // 规则参数 per pooling region and year: reached from the catalogue page, not a menu entry of its own (as 欺诈骗保参数)
  {
    name: 'screening-parameters',
    list: '/screening-parameters',
    create: '/screening-parameters/create',
    edit: '/screening-parameters/edit/:id',
    show: '/screening-parameters/show/:id',
    meta: { parent: 'screening', hide: true },
  },
  // 筛查运行: a run over a pooling region's year of settlements (started from the list page), its progress per rule
  { name: 'screening-runs', list: '/screening-runs', show: '/screening-runs/show/:id', meta: { parent: 'screening', icon: <FileSearchOutlined /> } },
  // 疑点: found by the screening runs (no create page); worked through the workflow, claimed and decided in bulk
  {
    name: 'fraud-suspicions',
    list: '/fraud-suspicions',
    show: '/fraud-suspicions/show/:id',
    meta: { parent: 'screening', icon: <AuditOutlined /> },
  },
  // 双随机抽查: drawn by the province or a city (create); the public list readable by every role that works 疑点
  {
    name: 'flight-check-draws',
    list: '/flight-check-draws',
    create: '/flight-check-draws/create',
    show: '/flight-check-draws/show/:id',
    meta: { parent: 'screening', icon: <InteractionOutlined /> },
  },
];
