import { definePermissions } from '../permission-fragment';

/**
 * 医疗保障扶贫责任分工表: filed by cities and counties, read by the province. 报送任务: each filer submits its own
 * (edit: attachments and submit, at the task's own region); reporting rates read in scope.
 */
export const SUPERVISION_PERMISSIONS = definePermissions('supervision', ['responsibility-tables', 'reporting-tasks', 'reporting-rates'], {
  province_supervisor: {
    'responsibility-tables': ['list', 'show', 'export'],
    'reporting-tasks': ['list', 'show', 'edit'],
    'reporting-rates': ['list'],
  },
  city_officer: {
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'reporting-tasks': ['list', 'show', 'edit'],
    'reporting-rates': ['list'],
  },
  county_officer: {
    'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
    'reporting-tasks': ['list', 'show', 'edit'],
    'reporting-rates': ['list'],
  },
});
