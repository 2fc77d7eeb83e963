import { ComplianceRunDto } from '../compliance-runs/compliance-runs.dto';

/** `{regionCode, period}`: freeze the region's subtree's results of the period (as computed by the last run). */
export class CreateComplianceSnapshotDto extends ComplianceRunDto {}
