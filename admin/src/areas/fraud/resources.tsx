import { MedicineBoxOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 欺诈骗保: clues, cases, the designated institutions and the statistics (issue 16). */
export const resources: AreaResource[] = [
  { name: 'fraud', meta: { icon: <SafetyCertificateOutlined />, group: true } },
  {
    name: 'institutions',
    list: '/institutions',
    create: '/institutions/create',
    edit: '/institutions/edit/:id',
    show: '/institutions/show/:id',
    meta: { parent: 'fraud', icon: <MedicineBoxOutlined /> },
  },
];
