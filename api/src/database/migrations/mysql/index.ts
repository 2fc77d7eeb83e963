import { Attachments1796513922310 } from './1796513922310-Attachments';
import { JobAttempts1796493589104 } from './1796493589104-JobAttempts';
import { CostWarningPoolingRegion1796494796601 } from './1796494796601-CostWarningPoolingRegion';
import { AccessLogs1796493431477 } from './1796493431477-AccessLogs';
import { AdminSeparationLoginThrottle1796493547621 } from './1796493547621-AdminSeparationLoginThrottle';
import { BackgroundJobs1795642725797 } from './1795642725797-BackgroundJobs';
import { EnrollmentCountyCounts1795642433795 } from './1795642433795-EnrollmentCountyCounts';
import { BeneficiaryNameIndex1795631409446 } from './1795631409446-BeneficiaryNameIndex';
import { SettlementNumber1795629809060 } from './1795629809060-SettlementNumber';
import { ChronicRecognitionsCostWarnings1795628439884 } from './1795628439884-ChronicRecognitionsCostWarnings';
import { SettlementPaidColumns1795628131312 } from './1795628131312-SettlementPaidColumns';
import { ParameterSetApproval1795627410957 } from './1795627410957-ParameterSetApproval';
import { Settlements1795623434150 } from './1795623434150-Settlements';
import { Enrollment1795621943834 } from './1795621943834-Enrollment';
import { PolicyParameters1795620582429 } from './1795620582429-PolicyParameters';
import { Workflow1795618810261 } from './1795618810261-Workflow';
import { Initial1795618017193 } from './1795618017193-Initial';
/** MySQL/MariaDB migrations in order; `generate-migration` (README) appends here. */
export const MYSQL_MIGRATIONS: Function[] = [Initial1795618017193, Workflow1795618810261, PolicyParameters1795620582429, Enrollment1795621943834, Settlements1795623434150, ParameterSetApproval1795627410957, SettlementPaidColumns1795628131312, ChronicRecognitionsCostWarnings1795628439884, SettlementNumber1795629809060, BeneficiaryNameIndex1795631409446, EnrollmentCountyCounts1795642433795, BackgroundJobs1795642725797, AccessLogs1796493431477, AdminSeparationLoginThrottle1796493547621, JobAttempts1796493589104, CostWarningPoolingRegion1796494796601, Attachments1796513922310];
