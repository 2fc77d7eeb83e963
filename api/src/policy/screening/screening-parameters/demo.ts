import { defaultScreeningParameters } from '@yibao/shared';
import type { DemoContext } from '../../../platform/seed/seed';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { ScreeningParametersService } from './screening-parameters.service';

/**
 * 智能监控规则参数: 柳州's (450200) approved 2026 set — drafted and submitted by the city, approved by the province; the
 * values are the catalogue's defaults with their sources (nothing changed, so nothing is marked 示例取值). Seeded before
 * any screening run, which reads it.
 */
export async function seedScreeningParametersActivity(demo: DemoContext): Promise<void> {
  const city = demo.as('lz_city');
  const created = await demo.get(ScreeningParametersService).sets.create(city, '450200', 2026, defaultScreeningParameters('450200', 2026));
  const workflow = demo.get(WorkflowService);
  const submitted = (await workflow.apply(city, 'screening-parameters', created.id, 'submit', { version: created.version })) as { version: number };
  await workflow.apply(demo.as('gx_province'), 'screening-parameters', created.id, 'approve', { version: submitted.version });
}
