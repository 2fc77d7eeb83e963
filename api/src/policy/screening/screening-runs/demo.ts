import { SCREENING_RULES } from '@yibao/shared';
import type { DemoContext } from '../../../platform/seed/seed';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { OUTSIDE_A_JOB } from '../../../platform/jobs/jobs.service';
import { FraudSuspicion } from '../fraud-suspicions/fraud-suspicion.entity';
import { FraudSuspicionsService } from '../fraud-suspicions/fraud-suspicions.service';
import { ScreeningRunsService } from './screening-runs.service';

/** Outside a job the run reports to nobody. */

/**
 * 智能监控筛查 of the demo: 柳州 and 桂林 run every rule over their 2026 settlements (the planted cases of
 * SCREENING_DEMO_PLANTED become 疑点), then 柳州's reviewers work a few of them so the queue shows every stage: one
 * confirmed as a violation (a fraud clue, source screening), one dismissed with its reason, one in each review stage,
 * and a batch claimed by lz_inspector. Run directly (not as a background job): the seed waits for it.
 */
export async function seedScreeningRunActivity(demo: DemoContext): Promise<void> {
  const runs = demo.get(ScreeningRunsService);
  for (const [who, regionCode] of [
    ['lz_city', '450200'],
    ['gl_city', '450300'],
  ] as const) {
    await runs.run(demo.as(who), { regionCode, year: 2026, rules: [...SCREENING_RULES], full: true }, OUTSIDE_A_JOB);
  }
  const workflow = demo.get(WorkflowService);
  const open = await demo.ds.getRepository(FraudSuspicion).find({ where: { poolingRegionCode: '450200', state: 'pending' }, order: { id: 'ASC' } });
  // the violation from a person-level rule when 柳州 has one (its clue then names the person), the rest in id order
  const first = open.find((s) => s.idNumber !== null) ?? open[0];
  const [violation, dismissed, investigation, secondReview, firstReview] = [first, ...open.filter((s) => s !== first)];
  const path = async (s: FraudSuspicion | undefined, steps: Array<[string, Record<string, unknown>]>) => {
    if (!s) return;
    let version = s.version;
    for (const [action, input] of steps)
      version = (await workflow.apply(demo.as('lz_inspector'), 'fraud-suspicions', s.id, action, { ...input, version })).version;
  };
  const review: Array<[string, Record<string, unknown>]> = [
    ['start_review', {}],
    ['confirm_first', { comment: '初审：结算清单与病案首页一致，疑点成立' }],
    ['confirm_second', { comment: '复审确认，已告知机构 10 个工作日内申诉' }],
    ['close_appeal', { comment: '机构未在期限内提出申诉' }],
  ];
  await path(violation, [...review, ['confirm_violation', { comment: '调查核实：违规属实，移交稽查立案审查' }]]);
  await path(dismissed, [
    ['start_review', {}],
    ['dismiss', { reason: 'clinically_justified', comment: '病情变化再次就医，有病程记录佐证' }],
  ]);
  await path(investigation, review);
  await path(secondReview, [
    ['start_review', {}],
    ['confirm_first', { comment: '初审：疑点成立，转复审' }],
  ]);
  await path(firstReview, [['start_review', {}]]);
  const suspicions = demo.get(FraudSuspicionsService);
  await suspicions.claim(demo.as('lz_inspector'), { count: 5 });
}
