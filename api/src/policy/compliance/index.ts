/** 政策合规审计 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
import { ComplianceAction } from './compliance-actions/compliance-action.entity';
import { ComplianceComment } from './compliance-comments/compliance-comment.entity';
import { ComplianceGeneration } from './compliance-results/compliance-generation';
import { ComplianceResult } from './compliance-results/compliance-result.entity';
import { ComplianceSnapshot } from './compliance-snapshots/compliance-snapshot.entity';
import { ComplianceTargetSet } from './compliance-targets/compliance-target-set.entity';

export { ComplianceModule } from './compliance.module';
export { ComplianceResult, ComplianceSnapshot, ComplianceTargetSet };

export const COMPLIANCE_ENTITIES = [ComplianceResult, ComplianceTargetSet, ComplianceSnapshot, ComplianceAction, ComplianceComment, ComplianceGeneration];
