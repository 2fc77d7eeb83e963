import { definePermissions } from '../permission-fragment';

/**
 * 欺诈骗保 (issue 16). 定点医药机构 are kept by the city (create, edit), read by everyone who handles cases or
 * inspects them. Clues and cases are handled by inspectors and the bureau's officers of the handling unit (create:
 * log a clue; edit: the investigating steps, pauses, executions, attachments); `bureau_head` files, extends,
 * decides and closes (who may take which step: the workflow's roles and levels, at the record's own region).
 * The province supervisor reads every case of its province, puts cases under 督办 (edit) and reveals reporters;
 * `reveal` is the clue reporter's identity and the party's ID number, audited on every use. `fraud-parameters`
 * (the province's time limits, thresholds and 裁量基准 for a year) are set by the province supervisor; every role
 * handling cases reads its province's.
 */
export const FRAUD_PERMISSIONS = definePermissions('fraud', ['institutions', 'fraud-clues', 'fraud-cases', 'fraud-stats', 'fraud-parameters'], {
  province_supervisor: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show', 'create', 'edit'],
  },
  city_officer: {
    institutions: ['list', 'show', 'create', 'edit'],
    'fraud-clues': ['list', 'show', 'create', 'edit'],
    'fraud-cases': ['list', 'show', 'edit'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
  },
  county_officer: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'create', 'edit'],
    'fraud-cases': ['list', 'show', 'edit'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
  },
  inspector: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'create', 'edit', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
  },
  bureau_head: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'edit', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
    'fraud-parameters': ['list', 'show'],
  },
});
