import { Region } from '../platform/regions/region.entity';
import { User } from '../platform/users/user.entity';
import { UserChangeRequest } from '../platform/users/user-change.entity';
import { Session } from '../platform/auth/session.entity';
import { AuditChainHead, AuditLog } from '../platform/audit-log/audit-log.entity';
import { AccessLog } from '../platform/access-log/access-log.entity';
import { WorkflowTransition } from '../platform/workflow/workflow-transition.entity';
import { ResponsibilityTable } from '../policy/supervision/responsibility-table.entity';
import { PolicyParameterSet } from '../policy/assistance/policy-parameter-set.entity';
import { Settlement } from '../policy/assistance/settlement.entity';
import { ImportJob, ImportRowError } from '../platform/imports/import-job.entity';
import { BackgroundJob } from '../platform/jobs/background-job.entity';
import { Beneficiary } from '../policy/enrollment/beneficiary.entity';
import { Enrollment } from '../policy/enrollment/enrollment.entity';
import { VerificationTask } from '../policy/enrollment/verification-task.entity';
import { EnrollmentCountyCount, EnrollmentCountySnapshot, LedgerCountyGeneration } from '../policy/enrollment/enrollment-count.entity';
import { SubsidyStandardSet } from '../policy/enrollment/subsidy-standard-set.entity';
import { ChronicRecognition } from '../policy/assistance/chronic-recognition.entity';
import { CostWarning, CostWarningPush } from '../policy/assistance/cost-warning.entity';

/** Every entity, listed once; migrations for both dialects must match exactly this model (drift test). */
export const ENTITIES = [Region, User, Session, AuditLog, AuditChainHead, WorkflowTransition, ResponsibilityTable, PolicyParameterSet, ImportJob, ImportRowError, Beneficiary, Enrollment, VerificationTask, Settlement, SubsidyStandardSet, ChronicRecognition, CostWarning, CostWarningPush, LedgerCountyGeneration, EnrollmentCountyCount, EnrollmentCountySnapshot, BackgroundJob, AccessLog, UserChangeRequest];
