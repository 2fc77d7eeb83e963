import { definePermissions } from '../permission-fragment';

/**
 * 欺诈骗保 (issue 16). 定点医药机构 are kept by the city (create, edit), read by everyone who handles cases or
 * inspects them. Clues and cases are handled by inspectors and the bureau's officers of the handling unit (create:
 * log a clue; edit: the investigating steps, pauses, executions, attachments); `bureau_head` files, extends,
 * decides and closes (who may take which step: the workflow's roles and levels, at the record's own region).
 * The province supervisor reads every case of its province, puts cases under 督办 (edit) and reveals reporters;
 * `reveal` is the clue reporter's identity and the party's ID number, audited on every use.
 */
export const FRAUD_PERMISSIONS = definePermissions('fraud', ['institutions', 'fraud-clues', 'fraud-cases', 'fraud-stats'], {
  province_supervisor: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
  },
  city_officer: {
    institutions: ['list', 'show', 'create', 'edit'],
    'fraud-clues': ['list', 'show', 'create', 'edit'],
    'fraud-cases': ['list', 'show', 'edit'],
    'fraud-stats': ['list'],
  },
  county_officer: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'create', 'edit'],
    'fraud-cases': ['list', 'show', 'edit'],
    'fraud-stats': ['list'],
  },
  inspector: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'create', 'edit', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
  },
  bureau_head: {
    institutions: ['list', 'show'],
    'fraud-clues': ['list', 'show', 'edit', 'reveal'],
    'fraud-cases': ['list', 'show', 'edit', 'reveal'],
    'fraud-stats': ['list'],
  },
});
