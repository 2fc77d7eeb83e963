import { ASSISTANCE_CODE_LISTS } from './assistance/codes';
import { SETTLEMENT_NOTE_CODES, SETTLEMENT_RULE_CODES } from './assistance/settlement/labels';
import { combineCodeLists, type CodeLists } from './codes';
import { ENROLLMENT_CODE_LISTS } from './enrollment/codes';
import { FRAUD_CODE_LISTS } from './fraud/codes';
import { CASE_DOCUMENT_KIND_CODES } from './fraud/documents';
import { FRAUD_GUARD_CODES } from './fraud/guards';
import { NOTIFICATION_KIND_CODES } from './platform/notifications';
import { HOLIDAY_KIND_CODES } from './platform/working-days';
import { RECTIFICATION_CODE_LISTS } from './rectification/codes';
import { SCREENING_CODE_LISTS } from './screening/codes';
import { COMPLIANCE_CODE_LISTS } from './compliance/codes';
import { SUPERVISION_CODE_LISTS } from './supervision/codes';
import { SUBSIDY_BASIS_CODES } from './enrollment/enrollment';
import { REGION_LEVEL_CODES } from './regions';
import { ROLE_CODES } from './roles';

/**
 * Every code list with its labels, by the locale section that shows it: the admin composes both languages'
 * sections from this (providers/i18n.ts), so a code's zh and en label are written once, in its area.
 */
export const CODE_LISTS: CodeLists = combineCodeLists(
  { roles: ROLE_CODES, regionLevels: REGION_LEVEL_CODES },
  { notificationKinds: NOTIFICATION_KIND_CODES, holidayKinds: HOLIDAY_KIND_CODES },
  ENROLLMENT_CODE_LISTS,
  ASSISTANCE_CODE_LISTS,
  RECTIFICATION_CODE_LISTS,
  SUPERVISION_CODE_LISTS,
  FRAUD_CODE_LISTS,
  SCREENING_CODE_LISTS,
  COMPLIANCE_CODE_LISTS,
  { fraudGuards: FRAUD_GUARD_CODES, caseDocumentKinds: CASE_DOCUMENT_KIND_CODES },
  {
    // templates with {{params}}: rendered by renderNote (notes.ts), composed into the locales like any label
    settlementRules: SETTLEMENT_RULE_CODES,
    settlementNotes: SETTLEMENT_NOTE_CODES,
    subsidyBasis: SUBSIDY_BASIS_CODES,
  },
);
