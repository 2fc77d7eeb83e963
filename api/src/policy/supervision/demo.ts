import { RESPONSIBILITY_ROLES, ResponsibilityRow } from '@yibao/shared';
import type { DemoContext } from '../../platform/seed/seed';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { AccountabilityRecordsService } from './accountability-records/accountability-records.service';
import { ResponsibilityTablesService } from './responsibility-tables/responsibility-tables.service';

/** 督导问责's demo data. */

const NAMES = '韦建华 覃丽萍 蒙志强 莫海燕 潘国庆 廖春梅 黄德明 卢秀英 陆永生 吴桂兰 蓝文军 梁玉芳 谢少华 罗金凤'.split(' ');
const TITLES = ['局长', '副局长', '主任', '科长', '副主任', '科长', '科长', '科长', '科长', '科长', '副科长', '副科长', '科员', '科员'];

/** A filled-in table: the 14 standard roles, each with a person of the unit (demo names and numbers). */
function filledRows(unit: string, areaCode: string, seed: number): ResponsibilityRow[] {
  return RESPONSIBILITY_ROLES.map((role, i) => ({
    role,
    name: NAMES[(i + seed) % NAMES.length],
    unit: i === 2 || i === 4 || i === 8 ? `${unit}医疗保险经办中心` : `${unit}医疗保障局`,
    title: TITLES[i],
    phone: `${areaCode}-28${String(10_000 + seed * 100 + i).slice(-5)}`,
  }));
}

/**
 * Responsibility tables in each workflow state, through the service and the workflow engine as the demo
 * accounts: 城中区 2025 approved by its city, 城中区 2026 submitted (in 柳州市's inbox), 柳州市 2025
 * returned by the province (back in 柳州市's inbox), 桂林市 2025 approved by the province. The cities'
 * 2026 tables are left for the users to file.
 */
export async function seedSupervisionActivity(demo: DemoContext): Promise<void> {
  const tables = demo.get(ResponsibilityTablesService);
  const workflow = demo.get(WorkflowService);
  const plan: Array<{ filer: string; regionCode: string; unit: string; areaCode: string; year: number; then?: [string, string, string?] }> = [
    { filer: 'lz_chengzhong', regionCode: '450202', unit: '柳州市城中区', areaCode: '0772', year: 2025, then: ['lz_city', 'approve'] },
    { filer: 'lz_chengzhong', regionCode: '450202', unit: '柳州市城中区', areaCode: '0772', year: 2026 },
    {
      filer: 'lz_city',
      regionCode: '450200',
      unit: '柳州市',
      areaCode: '0772',
      year: 2025,
      then: ['gx_province', 'return', '经办机构直接负责人已调整，请更新后重新报送'],
    },
    { filer: 'gl_city', regionCode: '450300', unit: '桂林市', areaCode: '0773', year: 2025, then: ['gx_province', 'approve'] },
  ];
  for (const [i, t] of plan.entries()) {
    const filer = demo.as(t.filer);
    const created = await tables.create(filer, { regionCode: t.regionCode, year: t.year });
    const filled = await tables.update(filer, created.id, { rows: filledRows(t.unit, t.areaCode, i * 3), version: created.version });
    const submitted = (await workflow.apply(filer, 'responsibility-tables', created.id, 'submit', { version: filled.version })) as { version: number };
    if (t.then) {
      const [approver, action, comment] = t.then;
      await workflow.apply(demo.as(approver), 'responsibility-tables', created.id, action, { comment, version: submitted.version });
    }
  }
  await seedAccountabilityActivity(demo);
}

/**
 * 追责问责 records in each state, through the service and the engine as the demo accounts: an official of 城中区
 * warned by the province and the warning carried out (柳州市 records it); a cadre of 秀峰区 removed from post by the
 * province but not yet carried out after a month (overdue, in 桂林市's inbox); 柳州市's own bureau proposed for
 * circulated criticism (in the province's inbox); one proposal withdrawn.
 */
export async function seedAccountabilityActivity(demo: DemoContext): Promise<void> {
  const records = demo.get(AccountabilityRecordsService);
  const workflow = demo.get(WorkflowService);
  const province = demo.as('gx_province');
  const base = { sourceType: 'rectification_item' as const, sourceId: 1 };
  const warned = await records.create(demo.as('lz_city'), {
    ...base,
    regionCode: '450202',
    subjectType: 'official',
    subjectName: '覃某',
    unit: '柳州市城中区医疗保障局',
    post: '待遇保障股股长',
    conduct: 'slow_action',
    facts: '2026 年第一季度两个月未按期完成扶贫对象信息比对，核查任务逾期 30 日以上',
    measures: ['warning'],
    basis: '《中华人民共和国公职人员政务处分法》第七条',
  });
  const decided = (await workflow.apply(province, 'accountability-records', warned.id, 'record_decision', {
    version: warned.version,
    decisionNo: '桂医保纪〔2026〕3号',
    decidedBy: '广西壮族自治区医疗保障局',
    decidedOn: '2026-04-20',
    measures: ['warning'],
  })) as { version: number };
  await workflow.apply(demo.as('lz_city'), 'accountability-records', warned.id, 'record_execution', { version: decided.version, executedOn: '2026-04-28' });

  const removed = await records.create(demo.as('gl_city'), {
    ...base,
    sourceType: 'other',
    sourceId: null,
    regionCode: '450302',
    subjectType: 'leading_cadre',
    subjectName: '蒙某',
    unit: '桂林市秀峰区医疗保障局',
    post: '副局长',
    conduct: 'falsification',
    facts: '参保率统计中虚报已资助参保人数',
    measures: ['dismissal_from_post'],
    basis: '《中国共产党问责条例》第八条',
    published: true,
  });
  await workflow.apply(province, 'accountability-records', removed.id, 'record_decision', {
    version: removed.version,
    decisionNo: '桂医保纪〔2026〕5号',
    decidedBy: '广西壮族自治区医疗保障局',
    decidedOn: '2026-06-10',
    measures: ['admonishment', 'dismissal_from_post'],
  });

  await records.create(province, {
    ...base,
    regionCode: '450200',
    subjectType: 'organisation',
    subjectName: '柳州市医疗保障局',
    unit: '柳州市医疗保障局',
    conduct: 'formalism_bureaucratism',
    facts: '整改事项以文件落实整改，未见整改实效',
    measures: ['circulated_criticism'],
    basis: '《中国共产党问责条例》第八条',
  });

  const withdrawn = await records.create(demo.as('lz_city'), {
    ...base,
    regionCode: '450202',
    subjectType: 'official',
    subjectName: '黄某',
    unit: '柳州市城中区医疗保障局',
    conduct: 'inaction',
    facts: '未按时报送季度调度统计',
    measures: ['talk_reminder'],
    basis: '《中华人民共和国公职人员政务处分法》第十二条',
  });
  await workflow.apply(demo.as('lz_city'), 'accountability-records', withdrawn.id, 'withdraw', {
    version: withdrawn.version,
    comment: '经核实系系统故障所致，不属问责情形',
  });
}
