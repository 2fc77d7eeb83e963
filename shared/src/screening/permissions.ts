import { definePermissions } from '../permission-fragment';

/**
 * 智能监控 (issue 17). The rule catalogue with hit rates (`screening-rules`) and the rule parameters
 * (`screening-parameters`, the city drafts, the province approves) are read by everyone who works 疑点. Runs
 * (`screening-runs`, create = start one) belong to the pooling region's agency and the province. 疑点
 * (`fraud-suspicions`) are reviewed by the agency's officers and inspectors (edit = claim, bulk and stage actions);
 * `reveal` is the person's ID number, audited. The 双随机 draw (`flight-check-draws`) is the province's and the
 * city's (create), its public list readable by all of them.
 */
export const SCREENING_PERMISSIONS = definePermissions(
  'screening',
  ['screening-rules', 'screening-parameters', 'screening-runs', 'fraud-suspicions', 'flight-check-draws'],
  {
    province_supervisor: {
      'screening-rules': ['list', 'show'],
      'screening-parameters': ['list', 'show'],
      'screening-runs': ['list', 'show', 'create'],
      'fraud-suspicions': ['list', 'show', 'reveal'],
      'flight-check-draws': ['list', 'show', 'create'],
    },
    city_officer: {
      'screening-rules': ['list', 'show'],
      'screening-parameters': ['list', 'show', 'create', 'edit'],
      'screening-runs': ['list', 'show', 'create'],
      'fraud-suspicions': ['list', 'show', 'edit', 'reveal'],
      'flight-check-draws': ['list', 'show', 'create'],
    },
    county_officer: {
      'screening-rules': ['list', 'show'],
      'screening-parameters': ['list', 'show'],
      'screening-runs': ['list', 'show'],
      'fraud-suspicions': ['list', 'show', 'edit'],
      'flight-check-draws': ['list', 'show'],
    },
    inspector: {
      'screening-rules': ['list', 'show'],
      'screening-parameters': ['list', 'show'],
      'screening-runs': ['list', 'show', 'create'],
      'fraud-suspicions': ['list', 'show', 'edit', 'reveal'],
      'flight-check-draws': ['list', 'show'],
    },
    bureau_head: {
      'screening-rules': ['list', 'show'],
      'screening-parameters': ['list', 'show'],
      'screening-runs': ['list', 'show'],
      'fraud-suspicions': ['list', 'show'],
      'flight-check-draws': ['list', 'show'],
    },
  },
);
