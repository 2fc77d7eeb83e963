import { AlertOutlined, BarChartOutlined, FileSearchOutlined, MedicineBoxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 欺诈骗保: clues, cases, the designated institutions and the statistics (issue 16). */
export const resources: AreaResource[] = [
  { name: 'fraud', meta: { icon: <SafetyCertificateOutlined />, group: true } },
  // 线索: logged by officers and inspectors (create); the workflow files, declines, transfers or extends
  {
    name: 'fraud-clues',
    list: '/fraud-clues',
    create: '/fraud-clues/create',
    show: '/fraud-clues/show/:id',
    meta: { parent: 'fraud', icon: <AlertOutlined /> },
  },
  // 告知举报人 (an inbox source of the clues): opens the clue
  { name: 'fraud-clue-notices', show: '/fraud-clues/show/:id', meta: { parent: 'fraud', hide: true, permission: { resource: 'fraud-clues', action: 'show' } } },
  // 案件: created by filing a clue (no create page); the case file's tabs and forms change it
  {
    name: 'fraud-cases',
    list: '/fraud-cases',
    show: '/fraud-cases/show/:id',
    meta: { parent: 'fraud', icon: <FileSearchOutlined /> },
  },
  // 定点医药机构: kept by the city; agreement status changes only through case decisions
  {
    name: 'institutions',
    list: '/institutions',
    create: '/institutions/create',
    edit: '/institutions/edit/:id',
    show: '/institutions/show/:id',
    meta: { parent: 'fraud', icon: <MedicineBoxOutlined /> },
  },
  {
    name: 'fraud-stats',
    list: '/fraud-stats',
    meta: { parent: 'fraud', icon: <BarChartOutlined /> },
  },
  // 欺诈骗保参数 (time limits, thresholds, 裁量基准 per province and year): reached from the case's decision tab and
  // the stats page, not a menu entry of its own (as 报送时限)
  {
    name: 'fraud-parameters',
    list: '/fraud-parameters',
    create: '/fraud-parameters/create',
    edit: '/fraud-parameters/edit/:id',
    show: '/fraud-parameters/show/:id',
    meta: { parent: 'fraud', hide: true },
  },
];
