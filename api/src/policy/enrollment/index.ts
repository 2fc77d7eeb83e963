import { Beneficiary } from './beneficiaries/beneficiary.entity';
import { EnrollmentCountyCount, EnrollmentCountySnapshot, LedgerCountyGeneration } from './enrollment-counts/enrollment-count.entity';
import { PublishedBulletinLine } from './enrollment-bulletin/published-bulletin-line.entity';
import { Enrollment } from './enrollments/enrollment.entity';
import { SubsidyStandardSet } from './subsidy-standards/subsidy-standard-set.entity';
import { VerificationTask } from './verification-tasks/verification-task.entity';

/** 资助参保 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
export { EnrollmentModule } from './enrollment.module';

/** The ledger entry other areas read (settlements, chronic recognitions and cost warnings look people up in it). */
export { Beneficiary };
/** The compliance view reads the kept enrollment counts (the rates' source) and the tasks' lateness conditions. */
export { enrollmentCountsIn } from './enrollment-counts/enrollment-counts';
export { taskClosedLateSql, taskOverdueSql } from './verification-tasks/verification-tasks.service';
export { VerificationTask };
/** A person's enrollment of a year (the demo's settlements are written for those enrolled). */
export { Enrollment };

export const ENROLLMENT_ENTITIES = [
  Beneficiary,
  Enrollment,
  VerificationTask,
  SubsidyStandardSet,
  LedgerCountyGeneration,
  EnrollmentCountyCount,
  EnrollmentCountySnapshot,
  PublishedBulletinLine,
];
