import { definePermissions } from '../permission-fragment';

/** 医疗保障扶贫责任分工表: filed by cities and counties, read by the province. */
export const SUPERVISION_PERMISSIONS = definePermissions('supervision', ['responsibility-tables'], {
  province_supervisor: { 'responsibility-tables': ['list', 'show', 'export'] },
  city_officer: { 'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'] },
  county_officer: { 'responsibility-tables': ['list', 'show', 'create', 'edit', 'export'] },
});
