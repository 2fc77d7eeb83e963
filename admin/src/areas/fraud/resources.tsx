import { AlertOutlined, BarChartOutlined, FileSearchOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
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
  // 案件: created by filing a clue (no create page); the case file's tabs and forms change it
  {
    name: 'fraud-cases',
    list: '/fraud-cases',
    show: '/fraud-cases/show/:id',
    meta: { parent: 'fraud', icon: <FileSearchOutlined /> },
  },
  {
    name: 'fraud-stats',
    list: '/fraud-stats',
    meta: { parent: 'fraud', icon: <BarChartOutlined /> },
  },
];
