import { AuditOutlined, FlagOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/** 过度保障治理: the province's campaigns and the units' rectification ledgers. */
export const resources: AreaResource[] = [
  { name: 'rectification', meta: { icon: <AuditOutlined />, group: true } },
  {
    name: 'rectification-items',
    list: '/rectification-items',
    create: '/rectification-items/create',
    edit: '/rectification-items/edit/:id',
    show: '/rectification-items/show/:id',
    meta: { parent: 'rectification', icon: <UnorderedListOutlined /> },
  },
  {
    name: 'rectification-campaigns',
    list: '/rectification-campaigns',
    create: '/rectification-campaigns/create',
    edit: '/rectification-campaigns/edit/:id',
    show: '/rectification-campaigns/show/:id',
    meta: { parent: 'rectification', icon: <FlagOutlined /> },
  },
];
