import { ILLUSTRATIVE, nationalFraudParameters } from '@yibao/shared';
import type { DemoContext } from '../../../platform/seed/seed';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { FraudParametersService } from './fraud-parameters.service';

/**
 * 欺诈骗保参数: 广西's approved 2026 set, drafted, submitted and approved by the province supervisor — the national
 * time limits and thresholds with their sources, and for 条例 art. 38 (1–2×) its own tiers, marked 示例取值 (no 广西
 * 裁量基准 for that article is on file); the demo cases' 1.5× decisions stay in its 一般 tier.
 */
export async function seedFraudParametersActivity(demo: DemoContext): Promise<void> {
  const province = demo.as('gx_province');
  const parameters = nationalFraudParameters('450000', 2026);
  parameters.discretion[38] = {
    lenient: [10, 13],
    ordinary: [13, 17],
    severe: [17, 20],
    source: `${ILLUSTRATIVE}：广西 2026 年条例第三十八条裁量分档（演示数据）`,
  };
  const created = await demo.get(FraudParametersService).sets.create(province, '450000', 2026, parameters);
  const workflow = demo.get(WorkflowService);
  const submitted = (await workflow.apply(province, 'fraud-parameters', created.id, 'submit', { version: created.version })) as { version: number };
  await workflow.apply(province, 'fraud-parameters', created.id, 'approve', { version: submitted.version });
}
