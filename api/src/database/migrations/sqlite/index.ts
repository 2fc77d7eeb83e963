import { Attachments1796513914667 } from './1796513914667-Attachments';
import { JobAttempts1796493586121 } from './1796493586121-JobAttempts';
import { CostWarningPoolingRegion1796494790013 } from './1796494790013-CostWarningPoolingRegion';
import { AccessLogs1796493430891 } from './1796493430891-AccessLogs';
import { AdminSeparationLoginThrottle1796493546936 } from './1796493546936-AdminSeparationLoginThrottle';
import { BackgroundJobs1795642724517 } from './1795642724517-BackgroundJobs';
import { EnrollmentCountyCounts1795642430700 } from './1795642430700-EnrollmentCountyCounts';
import { BeneficiaryNameIndex1795631408371 } from './1795631408371-BeneficiaryNameIndex';
import { SettlementNumber1795629808506 } from './1795629808506-SettlementNumber';
import { ChronicRecognitionsCostWarnings1795628437217 } from './1795628437217-ChronicRecognitionsCostWarnings';
import { SettlementPaidColumns1795628130711 } from './1795628130711-SettlementPaidColumns';
import { ParameterSetApproval1795627410449 } from './1795627410449-ParameterSetApproval';
import { Settlements1795623433163 } from './1795623433163-Settlements';
import { Enrollment1795621943308 } from './1795621943308-Enrollment';
import { PolicyParameters1795620581385 } from './1795620581385-PolicyParameters';
import { Workflow1795618809719 } from './1795618809719-Workflow';
import { Initial1795618016743 } from './1795618016743-Initial';
/** SQLite migrations in order; `generate-migration` (README) appends here. */
export const SQLITE_MIGRATIONS: Function[] = [Initial1795618016743, Workflow1795618809719, PolicyParameters1795620581385, Enrollment1795621943308, Settlements1795623433163, ParameterSetApproval1795627410449, SettlementPaidColumns1795628130711, ChronicRecognitionsCostWarnings1795628437217, SettlementNumber1795629808506, BeneficiaryNameIndex1795631408371, EnrollmentCountyCounts1795642430700, BackgroundJobs1795642724517, AccessLogs1796493430891, AdminSeparationLoginThrottle1796493546936, JobAttempts1796493586121, CostWarningPoolingRegion1796494790013, Attachments1796513914667];
