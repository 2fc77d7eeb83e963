import { definePermissions } from '../permission-fragment';

/**
/**
 * 医疗保障扶贫责任分工表: filed by cities and counties, read by the province. 报送任务: each filer submits its own
 * (edit: attachments and submit, at the task's own region); reporting rates read in scope. 追责问责 records are
 * personnel data: the province and cities propose and read them (a city its subtree), the province records appeals
 * and publication; county officers and inspectors have no access at all (who decides and executes: the workflow's
 * levels).
 */
export const SUPERVISION_PERMISSIONS = definePermissions(
  'supervision',
  ['responsibility-tables', 'reporting-tasks', 'reporting-rates', 'accountability-records'],
  {
    province_supervisor: {
      'responsibility-tables': ['list', 'show', 'export'],
      'reporting-tasks': ['list', 'show', 'edit'],
      'reporting-rates': ['list'],
      'accountability-records': ['list', 'show', 'create', 'edit'],
    },
    city_officer: {
      'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
      'reporting-tasks': ['list', 'show', 'edit'],
      'reporting-rates': ['list'],
      'accountability-records': ['list', 'show', 'create'],
    },
    county_officer: {
      'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
      'reporting-tasks': ['list', 'show', 'edit'],
      'reporting-rates': ['list'],
    },
  },
);
