import { minimalPdf } from '../../platform/seed/demo-evidence';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Type } from '@nestjs/common';
import { chinaDate, RESPONSIBILITY_ROLES, ResponsibilityRow } from '@yibao/shared';
import { RegionScope } from '../../common/region-scope';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AttachmentsService, INCOMING } from '../../platform/attachments/attachments.service';
import type { DemoContext } from '../../platform/seed/seed';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { AccountabilityRecordsService } from './accountability-records/accountability-records.service';
import { EnrollmentBulletinService } from '../enrollment/enrollment-bulletin/enrollment-bulletin.service';
import { ReportingDueRulesService } from './reporting-due-rules/reporting-due-rules.service';
import { RectificationItem } from '../rectification/rectification-items/rectification-item.entity';
import { ReportingTask } from './reporting-tasks/reporting-task.entity';
import { ReportingTasksService } from './reporting-tasks/reporting-tasks.service';
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
  await seedReportingTasks(demo);
}

/**
 * 追责问责 records in each state, through the service and the engine as the demo accounts: an official of 城中区
 * warned by the province and the warning carried out (柳州市 records it); a cadre of 秀峰区 removed from post by the
 * province but not yet carried out after a month (overdue, in 桂林市's inbox); 柳州市's own bureau proposed for
 * circulated criticism (in the province's inbox); one proposal withdrawn. Each names the record it arose from, so
 * it runs after the reporting tasks and the rectification items exist (api/src/demo.ts).
 */
export async function seedAccountabilityActivity(demo: DemoContext): Promise<void> {
  const records = demo.get(AccountabilityRecordsService);
  const workflow = demo.get(WorkflowService);
  const province = demo.as('gx_province');
  const task = async (duty: string, regionCode: string, period: string) =>
    (await demo.ds.getRepository(ReportingTask).findOneByOrFail({ duty, regionCode, period })).id;
  const lateComparison = { sourceType: 'reporting_task' as const, sourceId: await task('roster_comparison', '450202', '2026-02') };
  const warned = await records.create(demo.as('lz_city'), {
    ...lateComparison,
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

  const item = await demo.ds.getRepository(RectificationItem).findOneOrFail({ where: { regionCode: '450200' }, order: { id: 'ASC' } });
  await records.create(province, {
    sourceType: 'rectification_item',
    sourceId: item.id,
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
    sourceType: 'reporting_task',
    sourceId: await task('quarterly_statistics', '450202', '2026-Q1'),
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

/**
 * 报送时限: 广西 sets its 2026 monthly bulletin due on the 10th of the next month (instead of the catalogue's 15th),
 * drafted, submitted and approved as the province — so the rules page shows an approved override and the bulletin
 * tasks are dated by it.
 */
async function seedReportingDueRules(demo: DemoContext): Promise<void> {
  const province = demo.as('gx_province');
  const rules = { monthly_bulletin: { daysAfterPeriodEnd: 10, source: '示例取值：广西 2026 年月通报于次月10日前印发（演示数据，非政策规定）' } };
  const created = await demo.get(ReportingDueRulesService).sets.create(province, '450000', 2026, { regionCode: '450000', year: 2026, rules });
  const workflow = demo.get(WorkflowService);
  const submitted = (await workflow.apply(province, 'reporting-due-rules', created.id, 'submit', { version: created.version })) as { version: number };
  await workflow.apply(province, 'reporting-due-rules', created.id, 'approve', { version: submitted.version });
}

/**
 * 广西's 2026 reporting tasks with received, late and missing ones, as the demo accounts: the province publishes
 * the bulletins of the ended months from September and files its annual report; 柳州市 and 城中区 file quarterly
 * statistics with a report attached (Q3 late, 城中区's Q4 ahead of time); the responsibility tables filed above
 * received theirs; everything else is missing. On time or late is judged against the day the demo is seeded.
 */
async function seedReportingTasks(demo: DemoContext): Promise<void> {
  const tasks = demo.get(ReportingTasksService);
  const attachments = demo.get(AttachmentsService);
  const config = demo.get(APP_CONFIG as unknown as Type<AppConfig>);
  await seedReportingDueRules(demo);
  await tasks.generateYear(2026, RegionScope.of('450000'));
  const thisMonth = chinaDate(new Date()).slice(0, 7);
  for (const month of ['2026-09', '2026-10', '2026-11'].filter((m) => m < thisMonth)) {
    await demo.get(EnrollmentBulletinService).publish(demo.as('gx_province'), '450000', month);
  }
  const filed: Array<[string, string, string, string]> = [
    ['gx_province', 'annual_report', '450000', '2026'],
    ['lz_city', 'quarterly_statistics', '450200', '2026-Q3'],
    ['lz_chengzhong', 'quarterly_statistics', '450202', '2026-Q3'],
    ['lz_chengzhong', 'quarterly_statistics', '450202', '2026-Q4'],
  ];
  const incoming = path.join(config.attachmentDir, INCOMING);
  fs.mkdirSync(incoming, { recursive: true });
  for (const [username, duty, regionCode, period] of filed) {
    const actor = demo.as(username);
    const task = await demo.ds.getRepository(ReportingTask).findOneByOrFail({ duty, regionCode, period });
    // the report as an upload lands: a temp file the service moves to its content address
    const file = path.join(incoming, `demo-${task.id}.pdf`);
    const report = minimalPdf([`Reporting task ${duty} ${period}`, `Region ${regionCode}`]);
    fs.writeFileSync(file, report);
    await attachments.upload(actor, 'reporting-tasks', task.id, { path: file, originalname: `${period} 报送材料.pdf`, size: report.length }, undefined);
    await tasks.submit(actor, task.id, task.version);
  }
}
