import {
  CalculatorOutlined,
  CloudUploadOutlined,
  ControlOutlined,
  FileProtectOutlined,
  MedicineBoxOutlined,
  PieChartOutlined,
  ReconciliationOutlined,
  SendOutlined,
  SyncOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { AreaResource } from '../../config/area';

/**
 * 三重保障 (issue 6): the parameters, the calculator, settlements with their import and recompute, the
 * chronic-disease recognitions, the high-cost warnings with their monthly push, and the figures.
 */
export const resources: AreaResource[] = [
  { name: 'triple-protection', meta: { icon: <MedicineBoxOutlined />, group: true } },
  {
    name: 'policy-parameters',
    list: '/policy-parameters',
    create: '/policy-parameters/create',
    edit: '/policy-parameters/edit/:id',
    show: '/policy-parameters/show/:id',
    meta: { parent: 'triple-protection', icon: <ControlOutlined /> },
  },
  // The calculator: a page of its own over settlements:calculate.
  {
    name: 'settlement-calculator',
    list: '/settlements/calculator',
    meta: { parent: 'triple-protection', icon: <CalculatorOutlined />, permission: { resource: 'settlements', action: 'calculate' } },
  },
  {
    name: 'settlements',
    list: '/settlements',
    create: '/settlements/create',
    show: '/settlements/show/:id',
    meta: { parent: 'triple-protection', icon: <ReconciliationOutlined /> },
  },
  {
    name: 'settlement-imports',
    list: '/settlement-imports',
    create: '/settlement-imports/create',
    show: '/settlement-imports/show/:id',
    meta: { parent: 'triple-protection', icon: <CloudUploadOutlined /> },
  },
  // 重算 after a parameter revision: a background job per run (the city starts it from a dialog, no create page).
  {
    name: 'settlement-recomputes',
    list: '/settlement-recomputes',
    show: '/settlement-recomputes/show/:id',
    meta: { parent: 'triple-protection', icon: <SyncOutlined /> },
  },
  {
    name: 'chronic-recognitions',
    list: '/chronic-recognitions',
    create: '/chronic-recognitions/create',
    show: '/chronic-recognitions/show/:id',
    meta: { parent: 'triple-protection', icon: <FileProtectOutlined /> },
  },
  {
    name: 'cost-warnings',
    list: '/cost-warnings',
    show: '/cost-warnings/show/:id',
    meta: { parent: 'triple-protection', icon: <WarningOutlined /> },
  },
  // The monthly push to 民政 / 乡村振兴: a resource of its own (create = push, edit = receipt), its page under /cost-warnings.
  {
    name: 'cost-warning-pushes',
    list: '/cost-warnings/pushes',
    meta: { parent: 'triple-protection', icon: <SendOutlined /> },
  },
  {
    name: 'assistance-stats',
    list: '/assistance-stats',
    meta: { parent: 'triple-protection', icon: <PieChartOutlined /> },
  },
];
