import { AppstoreOutlined, AuditOutlined, FileSearchOutlined, FlagOutlined, UnorderedListOutlined } from '@ant-design/icons';
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
  // 整改看板: regions × states of the ledger, for the managing units (its own permission row)
  { name: 'rectification-board', list: '/rectification-items/board', meta: { parent: 'rectification', icon: <AppstoreOutlined /> } },
  {
    name: 'over-protection-screenings',
    list: '/over-protection-screenings',
    show: '/over-protection-screenings/show/:id',
    meta: { parent: 'rectification', icon: <FileSearchOutlined /> },
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
