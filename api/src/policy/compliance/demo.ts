import type { DemoContext } from '../../platform/seed/seed';
import { JobsService } from '../../platform/jobs/jobs.service';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { DEMO_ACTIVITY_YEAR } from '../assistance/demo';
import { addDays, chinaDate, COMPLIANCE_INDICATOR_IDS } from '@yibao/shared';
import { ComplianceActionsService } from './compliance-actions/compliance-actions.service';
import { ComplianceCommentsService } from './compliance-comments/compliance-comments.service';
import { ComplianceResult } from './compliance-results/compliance-result.entity';
import { ComplianceRunsService } from './compliance-runs/compliance-runs.service';
import { ComplianceSnapshotsService } from './compliance-snapshots/compliance-snapshots.service';
import { ComplianceTargetsService } from './compliance-targets/compliance-targets.service';

/**
 * 政策合规审计 of the demo, last (it counts every module's records): 广西's 2026 lines approved by the province supervisor
 * (the catalogue's, a default resting on another province's notice marked 示例取值), the province computed for every
 * month and quarter of 2026 and the year (the trends have points), and 柳州's 2026-Q3 frozen; on 城中区's first red cell
 * of the year the province files a follow-up action that 城中区 has started, and 柳州市 comments on it.
 */
export async function seedComplianceActivity(demo: DemoContext): Promise<void> {
  const province = demo.as('gx_province');
  const created = await demo.get(ComplianceTargetsService).sets.create(province, '450000', DEMO_ACTIVITY_YEAR, undefined);
  const workflow = demo.get(WorkflowService);
  const submitted = (await workflow.apply(province, 'compliance-targets', created.id, 'submit', { version: created.version })) as { version: number };
  await workflow.apply(province, 'compliance-targets', created.id, 'approve', { version: submitted.version });

  const runs = demo.get(ComplianceRunsService);
  const jobs = demo.get(JobsService);
  const year = String(DEMO_ACTIVITY_YEAR);
  const periods = [...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`), ...[1, 2, 3, 4].map((n) => `${year}-Q${n}`), year];
  for (const period of periods) {
    const job = await runs.startRun(province, { regionCode: '450000', period });
    await jobs.settle(job.id);
  }
  await demo.get(ComplianceSnapshotsService).create(province, { regionCode: '450200', period: `${year}-Q3` });

  // a follow-up on 城中区's first red cell of the year (catalogue order), so the cell, the actions list and 城中区's inbox show one
  const red = await demo.ds.getRepository(ComplianceResult).find({ where: { regionCode: '450202', period: year, status: 'red' } });
  const cell = COMPLIANCE_INDICATOR_IDS.find((id) => red.some((r) => r.indicatorId === id));
  if (!cell) return;
  const today = chinaDate(new Date());
  const action = await demo.get(ComplianceActionsService).create(province, {
    regionCode: '450202',
    period: year,
    indicatorId: cell,
    title: `城中区${year}年指标 ${cell} 未达标：查明原因并限期整改`,
    responsibleRegionCode: '450202',
    dueOn: addDays(today, 30),
    reviewOn: addDays(today, 45),
  });
  await workflow.apply(demo.as('lz_chengzhong'), 'compliance-actions', action.id, 'start', {
    version: action.version,
    comment: '已组织核查，逐条比对名单与结算记录',
  });
  await demo.get(ComplianceCommentsService).create(demo.as('lz_city'), {
    regionCode: '450202',
    period: year,
    indicatorId: cell,
    text: '市局将跟踪城中区整改进度，月底前复核',
  });
}
