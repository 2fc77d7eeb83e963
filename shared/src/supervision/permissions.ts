import { definePermissions } from '../permission-fragment';

/**
/**
 * 医疗保障扶贫责任分工表: filed by cities and counties, read by the province. 报送任务: each filer submits its own
 * (edit: attachments and submit, at the task's own region); its due rules (报送时限) are set by the province and cities
 * and read by the counties they bind; reporting rates read in scope. 追责问责 records are
 * personnel data: the province and cities propose and read them (a city its subtree), the province records appeals
 * and publication; county officers and inspectors have no access at all (who decides and executes: the workflow's
 * levels). 督导检查: the province and cities inspect (create, edit: findings and their disposal); a county reads the
 * inspections of itself (a concealed one only after the feedback: the service's scope) and answers them (the
 * workflow's `respond`); inspectors (the fraud area's) have none yet.
 */
export const SUPERVISION_PERMISSIONS = definePermissions(
  'supervision',
  ['responsibility-tables', 'reporting-tasks', 'reporting-due-rules', 'reporting-rates', 'accountability-records', 'inspections', 'inspection-findings'],
  {
    province_supervisor: {
      'responsibility-tables': ['list', 'show', 'export'],
      'reporting-tasks': ['list', 'show', 'edit'],
      'reporting-due-rules': ['list', 'show', 'create', 'edit'],
      'reporting-rates': ['list'],
      'accountability-records': ['list', 'show', 'create', 'edit'],
      inspections: ['list', 'show', 'create', 'edit'],
      'inspection-findings': ['list', 'show', 'create', 'edit'],
    },
    city_officer: {
      'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
      'reporting-tasks': ['list', 'show', 'edit'],
      'reporting-due-rules': ['list', 'show', 'create', 'edit'],
      'reporting-rates': ['list'],
      'accountability-records': ['list', 'show', 'create'],
      inspections: ['list', 'show', 'create', 'edit'],
      'inspection-findings': ['list', 'show', 'create', 'edit'],
    },
    county_officer: {
      'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'],
      'reporting-tasks': ['list', 'show', 'edit'],
      'reporting-due-rules': ['list', 'show'],
      'reporting-rates': ['list'],
      inspections: ['list', 'show'],
      'inspection-findings': ['list', 'show'],
    },
  },
);
