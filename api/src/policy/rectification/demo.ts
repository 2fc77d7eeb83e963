import type { Type } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chinaDate, parentRegionCodeOf, RESPONSIBILITY_ROLES, screeningRef, TRANSITION_DUE_ON_2020, type ProblemType, type SubTaskKind } from '@yibao/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { inTransaction } from '../../database/data-source';
import { AttachmentsService, INCOMING } from '../../platform/attachments/attachments.service';
import { JobsService } from '../../platform/jobs/jobs.service';
import { DEMO_ACCOUNTS, type DemoContext } from '../../platform/seed/seed';
import { WorkflowService } from '../../platform/workflow/workflow.service';
import { DEMO_ACTIVITY_YEAR } from '../assistance/demo';
import { RectificationCampaignsService } from './rectification-campaigns/rectification-campaigns.service';
import { RectificationItemsService } from './rectification-items/rectification-items.service';
import { OverProtectionScreeningsService } from './over-protection-screenings/over-protection-screenings.service';
import { minimalPdf, minimalPng } from '../../platform/seed/demo-evidence';

/**
 * 过度保障治理's demo data (issue 14), written as the demo accounts through the services and the workflow engine,
 * so every item has its real history, audit rows and versions:
 * - 广西's campaign under 医保发〔2019〕57号 (平稳过渡 by 2020-12-31), all of its items finished (已销号, one 核实排除);
 * - 广西's current campaign, its items over 柳州 and 桂林 in every state: overdue ones, a 持续整改 one (extension
 *   granted), some under 挂牌督办, 平稳过渡 items with their sub-tasks partly or fully done, and the items the
 *   数据筛查 job opens from the assistance demo's flagged settlements.
 * Evidence (a PDF report, a PNG photo, generated here) goes through the attachments service before every 申请销号.
 * Only 城中区 has a county account: the other counties' items are filed by their city (上级交办) and wait there.
 */

/** The current campaign's 平稳过渡 date, a year and a half after it started. */
const CURRENT_TRANSITION_DUE_ON = '2027-06-30';

type Step =
  | { action: 'start' | 'request_closure' | 'close' | 'grant_extension' }
  | { action: 'return' | 'refuse_extension' | 'dismiss'; comment: string }
  | { action: 'request_extension'; comment: string; dueOn: string };

interface DemoItem {
  campaign: 'gp2019' | 'current';
  /** who files it: the unit itself (自查) or a unit above (上级交办) */
  filer: string;
  regionCode: string;
  problemType: ProblemType;
  title: string;
  identifiedOn: string;
  description?: string;
  localPolicy?: string;
  affectedPersons?: number;
  /** fen */
  amount?: number;
  responsibleRole?: (typeof RESPONSIBILITY_ROLES)[number];
  measures?: string;
  /** 平稳过渡 sub-tasks done, with the day and a note; the others stay pending */
  done?: Partial<Record<SubTaskKind, [doneOn: string, note: string]>>;
  /** evidence uploaded by the unit before 申请销号: [file name, kind] */
  evidence?: Array<[string, 'pdf' | 'png']>;
  steps: Step[];
  /** 挂牌督办 by the province: [letter number, comment] */
  supervise?: [string, string];
}

const REPORT: [string, 'pdf'] = ['整改报告.pdf', 'pdf'];
const PHOTO: [string, 'png'] = ['现场照片.png', 'png'];
const CLOSED: Step[] = [{ action: 'start' }, { action: 'request_closure' }, { action: 'close' }];

/** 柳州市 and 桂林市 funds merged into 医疗救助, local documents repealed, handling handed to the 经办 centre. */
const ALL_DONE = (fund: string, policy: string, handover: string, on: [string, string, string]) => ({
  fund_transfer: [on[0], fund] as [string, string],
  policy_alignment: [on[1], policy] as [string, string],
  management_handover: [on[2], handover] as [string, string],
});

const ITEMS: DemoItem[] = [
  // ── 医保发〔2019〕57号: everything finished ─────────────────────────────────────────────────────────────
  {
    campaign: 'gp2019',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'zero_contribution',
    title: '建档立卡贫困人口城乡居民医保个人缴费由财政全额代缴',
    identifiedOn: '2019-12-02',
    description: '辖区建档立卡贫困人口个人缴费部分全部由区财政代缴，个人零缴费。',
    localPolicy: '城中区医疗保障扶贫实施方案（2018年）',
    affectedPersons: 1_286,
    amount: 28_292_000,
    measures: '自2020年度起按自治区统一标准分类资助，个人缴纳剩余部分；修订实施方案。',
    evidence: [REPORT, PHOTO],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'zero_copay',
    title: '贫困人口住院费用经兜底后个人零自付',
    identifiedOn: '2019-12-10',
    description: '“先诊疗后付费”叠加区级兜底，政策范围内外费用全部报销，个人零自付。',
    affectedPersons: 214,
    amount: 1_865_400,
    measures: '取消区级兜底资金，个人自付部分按医疗救助政策规定救助。',
    evidence: [REPORT],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'special_treatment',
    title: '基本医保对贫困人口住院报销比例额外提高10个百分点',
    identifiedOn: '2020-01-08',
    description: '基本医保对建档立卡贫困人口实行特惠报销，混淆基本医保与医疗救助的功能。',
    measures: '2020年底前恢复基本医保统一报销比例，倾斜部分由大病保险和医疗救助承担。',
    done: ALL_DONE('特惠报销资金并入医疗救助基金', '执行自治区三重制度统一政策', '由区医保经办机构统一经办', ['2020-09-30', '2020-10-15', '2020-11-20']),
    evidence: [REPORT, PHOTO],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'lz_city',
    regionCode: '450200',
    problemType: 'extra_layer',
    title: '在三重制度外设立“扶贫特惠保”补充保险',
    identifiedOn: '2019-12-20',
    description: '市级财政为贫困人口购买商业补充保险，在三重制度之外叠床架屋。',
    localPolicy: '柳州市医疗扶贫“特惠保”实施办法',
    affectedPersons: 36_400,
    amount: 546_000_000,
    done: ALL_DONE('结余资金1,260万元并转医疗救助基金', '废止“特惠保”实施办法', '商业保险公司承办业务终止，移交市医保经办中心', [
      '2020-08-31',
      '2020-09-30',
      '2020-12-15',
    ]),
    evidence: [REPORT],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'beyond_catalogue',
    title: '将基本医保目录外药品费用纳入贫困人口兜底报销',
    identifiedOn: '2019-12-16',
    affectedPersons: 932,
    amount: 4_128_000,
    measures: '停止目录外费用兜底，目录外费用不再纳入基本医保和大病保险支付。',
    evidence: [REPORT, PHOTO],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'widened_scope',
    title: '将非建档立卡人口纳入贫困人口倾斜支付范围',
    identifiedOn: '2020-02-24',
    description: '部分县区将一般农村低收入人口纳入贫困人口倾斜政策，扩大受益范围。',
    done: ALL_DONE('倾斜支付资金按实际对象重新核算', '按建档立卡名单比对确定倾斜对象', '经办系统按身份标识统一结算', [
      '2020-10-30',
      '2020-11-10',
      '2020-12-20',
    ]),
    evidence: [REPORT],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'unsustainable_promise',
    title: '宣传“贫困人口看病全免费”脱离实际',
    identifiedOn: '2020-03-05',
    measures: '收回宣传材料，按三重制度实际待遇开展政策解读。',
    evidence: [REPORT, PHOTO],
    steps: CLOSED,
  },
  {
    campaign: 'gp2019',
    filer: 'lz_city',
    regionCode: '450205',
    problemType: 'zero_copay',
    title: '柳北区定点医院贫困人口住院个人零自付',
    identifiedOn: '2020-04-13',
    steps: [{ action: 'dismiss', comment: '经核实为医院减免个人自付部分，未使用医保基金，不属于过度保障' }],
  },

  // ── the current campaign: work in progress ──────────────────────────────────────────────────────────
  // 城中区 (its own account; 柳州市 verifies)
  {
    campaign: 'current',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'zero_copay',
    title: '门诊慢特病贫困人口个人自付部分由区财政全额补助',
    identifiedOn: '2025-12-18',
    affectedPersons: 163,
    amount: 412_600,
    responsibleRole: '行政部门直接负责人',
    measures: '停止区财政补助，按医疗救助门诊救助政策执行。',
    steps: [{ action: 'start' }],
    supervise: ['桂医保督〔2026〕3号', '逾期未整改，列入挂牌督办，请于15日内报送整改情况'],
  },
  {
    campaign: 'current',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'beyond_catalogue',
    title: '医疗救助对目录外自费药品费用给予救助',
    identifiedOn: '2025-12-22',
    responsibleRole: '完善医疗救助政策责任人',
    measures: '修订医疗救助实施细则，救助范围限定在政策范围内费用。',
    steps: [
      { action: 'start' },
      { action: 'request_extension', comment: '实施细则修订需经区政府常务会议审议', dueOn: '2027-02-28' },
      { action: 'grant_extension' },
    ],
  },
  {
    campaign: 'current',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'special_treatment',
    title: '大病保险对贫困人口起付线再降低50%以外另设区级特惠',
    identifiedOn: '2025-12-20',
    responsibleRole: '完善大病保险政策责任人',
    done: { fund_transfer: ['2026-05-31', '区级特惠资金并入医疗救助'], policy_alignment: ['2026-07-15', '废止区级特惠文件'] },
    steps: [{ action: 'start' }],
  },
  {
    campaign: 'current',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'zero_contribution',
    title: '特困人员以外的监测对象个人缴费全额资助',
    identifiedOn: '2026-02-10',
    affectedPersons: 58,
    amount: 2_204_000,
    measures: '按监测对象类别分档资助，个人缴纳差额部分。',
    evidence: [REPORT, PHOTO],
    steps: [{ action: 'start' }, { action: 'request_closure' }],
  },
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450202',
    problemType: 'over_reimbursement',
    title: '部分贫困人口三重制度保障后住院报销比例超过95%',
    identifiedOn: '2026-03-05',
    affectedPersons: 41,
    amount: 386_200,
    steps: [{ action: 'start' }, { action: 'request_extension', comment: '需逐人核对医疗救助台账', dueOn: '2027-01-31' }],
  },
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450202',
    problemType: 'unsustainable_promise',
    title: '街道宣传栏仍有“住院不花钱”等承诺',
    identifiedOn: '2026-04-15',
    evidence: [PHOTO],
    steps: [{ action: 'start' }, { action: 'request_closure' }, { action: 'return', comment: '照片只覆盖一个街道，请补充全部宣传栏的整改情况' }],
  },
  {
    campaign: 'current',
    filer: 'gx_province',
    regionCode: '450202',
    problemType: 'widened_scope',
    title: '将已脱贫不再享受政策人口继续纳入倾斜支付',
    identifiedOn: '2026-01-12',
    done: ALL_DONE('多支付资金核定后从医疗救助结余中调整', '按监测对象名单确定倾斜范围', '经办系统身份标识每月比对更新', [
      '2026-06-30',
      '2026-07-20',
      '2026-08-15',
    ]),
    evidence: [REPORT],
    steps: CLOSED,
  },
  {
    campaign: 'current',
    filer: 'lz_chengzhong',
    regionCode: '450202',
    problemType: 'extra_layer',
    title: '区级“健康扶贫基金”与医疗救助重复救助',
    identifiedOn: '2026-05-20',
    steps: [],
  },
  // 柳州市 itself (the province verifies)
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450200',
    problemType: 'over_reimbursement',
    title: '市本级倾斜支付叠加后住院报销比例超过95%',
    identifiedOn: '2026-01-20',
    affectedPersons: 126,
    amount: 1_382_500,
    measures: '设定三重制度综合保障比例上限，超出部分不再支付。',
    evidence: [REPORT],
    steps: [{ action: 'start' }, { action: 'request_closure' }],
  },
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450200',
    problemType: 'extra_layer',
    title: '市级“防贫保”与大病保险保障范围重叠',
    identifiedOn: '2025-12-25',
    done: { fund_transfer: ['2026-06-30', '“防贫保”结余资金已清算'] },
    steps: [{ action: 'start' }, { action: 'request_extension', comment: '保险合同期至2027年底，需到期后终止', dueOn: '2027-12-31' }],
  },
  {
    campaign: 'current',
    filer: 'gx_province',
    regionCode: '450200',
    problemType: 'zero_contribution',
    title: '市本级低保对象个人缴费全额资助超出自治区标准',
    identifiedOn: '2026-02-01',
    steps: [],
    supervise: ['桂医保督〔2026〕5号', '交办后逾期未启动整改'],
  },
  // 柳州 counties without an account of their own: filed by 柳州市, waiting or dismissed
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450203',
    problemType: 'zero_copay',
    title: '鱼峰区乡镇卫生院贫困人口住院个人零自付',
    identifiedOn: '2026-03-18',
    steps: [],
  },
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450205',
    problemType: 'beyond_catalogue',
    title: '柳北区将部分自费检查项目纳入兜底',
    identifiedOn: '2026-05-06',
    steps: [{ action: 'dismiss', comment: '经核实相关项目已纳入自治区医保目录，不属于突破目录' }],
  },
  {
    campaign: 'current',
    filer: 'lz_city',
    regionCode: '450206',
    problemType: 'widened_scope',
    title: '柳江区将一般农户纳入医疗扶贫倾斜范围',
    identifiedOn: '2026-04-02',
    steps: [],
  },
  // 桂林市 itself (the province verifies)
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'zero_copay',
    title: '市属医院对贫困人口实行“一站式”全额兜底',
    identifiedOn: '2025-12-16',
    affectedPersons: 305,
    amount: 2_964_800,
    responsibleRole: '"一站式"结算责任人',
    measures: '取消医院全额兜底，个人自付部分按规定申请医疗救助。',
    evidence: [REPORT, PHOTO],
    steps: CLOSED,
  },
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'special_treatment',
    title: '基本医保对脱贫人口门诊统筹实行特惠报销',
    identifiedOn: '2025-12-28',
    responsibleRole: '行政部门分管负责人',
    done: { policy_alignment: ['2026-09-01', '门诊统筹执行统一报销政策'] },
    steps: [{ action: 'start' }],
  },
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'unsustainable_promise',
    title: '承诺监测对象年度个人负担不超过1000元',
    identifiedOn: '2026-01-06',
    steps: [
      { action: 'start' },
      { action: 'request_extension', comment: '需与财政部门协商资金安排', dueOn: '2026-12-31' },
      { action: 'refuse_extension', comment: '立行立改事项不予延期，请立即纠正' },
    ],
  },
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450300',
    problemType: 'beyond_catalogue',
    title: '市级医疗救助对目录外诊疗项目给予救助',
    identifiedOn: '2026-02-15',
    evidence: [REPORT],
    steps: [{ action: 'start' }, { action: 'request_closure' }],
  },
  // 桂林 counties, filed by 桂林市
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450305',
    problemType: 'zero_contribution',
    title: '七星区脱贫人口个人缴费由村集体全额代缴',
    identifiedOn: '2026-02-20',
    steps: [],
    supervise: ['桂医保督〔2026〕6号', '逾期未整改，请区医保局主要负责人督办落实'],
  },
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450323',
    problemType: 'extra_layer',
    title: '灵川县“健康扶贫补充医疗”游离于三重制度之外',
    identifiedOn: '2026-03-10',
    steps: [],
  },
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450324',
    problemType: 'unsustainable_promise',
    title: '全州县乡镇宣传“小病不出村、看病零花费”',
    identifiedOn: '2026-04-22',
    steps: [{ action: 'dismiss', comment: '核实为旧版宣传材料，已于2021年更换' }],
  },
  {
    campaign: 'current',
    filer: 'gl_city',
    regionCode: '450302',
    problemType: 'over_reimbursement',
    title: '秀峰区定点医院贫困人口住院报销比例超过95%',
    identifiedOn: '2026-06-01',
    steps: [],
  },
];

/** The settlement year the demo's screening findings come from, and the day the cities screened it. */
const SCREENED_YEAR = 2025;
const SCREENED_ON = '2026-01-15';

const SCREENING_FINDINGS: Array<{
  regionCode: string;
  county: string;
  problemType: 'zero_copay' | 'over_reimbursement';
  settlements: number;
  affectedPersons: number;
  amount: number;
  start?: boolean;
}> = [
  { regionCode: '450202', county: '城中区', problemType: 'zero_copay', settlements: 37, affectedPersons: 29, amount: 925_460, start: true },
  { regionCode: '450222', county: '柳城县', problemType: 'over_reimbursement', settlements: 12, affectedPersons: 9, amount: 215_380 },
  { regionCode: '450305', county: '七星区', problemType: 'zero_copay', settlements: 21, affectedPersons: 18, amount: 486_300 },
];

/** The demo account working at a region (the unit itself, or the level above for a verifier's step). */
function accountAt(regionCode: string): string {
  const account = DEMO_ACCOUNTS.find((a) => a.regionCode === regionCode && ['county_officer', 'city_officer', 'province_supervisor'].includes(a.role));
  if (!account) throw new Error(`the demo has no account at ${regionCode}`);
  return account.username;
}

const UNIT_STEPS = new Set(['start', 'request_closure', 'request_extension']);

/** A date of the demo, never after today (the API refuses a future identifiedOn or doneOn). */
const notAfterToday = (date: string) => (date > chinaDate(new Date()) ? chinaDate(new Date()) : date);

export async function seedRectificationActivity(demo: DemoContext): Promise<void> {
  const campaigns = demo.get(RectificationCampaignsService);
  const items = demo.get(RectificationItemsService);
  const workflow = demo.get(WorkflowService);
  const attachments = demo.get(AttachmentsService);
  // the config is a symbol-keyed provider; the evidence is written where uploads arrive (same file system)
  const config = demo.get<AppConfig>(APP_CONFIG as unknown as Type<AppConfig>);
  const province = demo.as('gx_province');

  const campaignIds = {
    gp2019: (
      await campaigns.create(province, {
        name: '医疗保障扶贫过度保障问题专项治理',
        documentNo: '医保发〔2019〕57号',
        immediateDays: 30,
        transitionDueOn: TRANSITION_DUE_ON_2020,
        startedOn: '2019-11-15',
      })
    ).id,
    current: (
      await campaigns.create(province, {
        name: '2026年过度保障问题专项治理“回头看”',
        documentNo: '桂医保发〔2025〕42号',
        immediateDays: 30,
        transitionDueOn: CURRENT_TRANSITION_DUE_ON,
        startedOn: '2025-12-10',
      })
    ).id,
  };

  const incoming = path.join(config.attachmentDir, INCOMING);
  const attach = async (unit: string, itemId: number, regionCode: string, [fileName, kind]: [string, 'pdf' | 'png'], n: number) => {
    const bytes = kind === 'pdf' ? minimalPdf([`Rectification report, item ${itemId}`, `Unit ${regionCode}`, 'Measures carried out as filed.']) : minimalPng(n);
    fs.mkdirSync(incoming, { recursive: true });
    const file = path.join(incoming, `demo-${randomBytes(8).toString('hex')}`);
    fs.writeFileSync(file, bytes);
    await attachments.upload(demo.as(unit), 'rectification-items', itemId, { path: file, originalname: fileName, size: bytes.length }, undefined);
  };

  let n = 0;
  for (const d of ITEMS) {
    // the unit's own steps by its account, the verifier's by the level above's (only 城中区 has a county account)
    const unit = () => accountAt(d.regionCode);
    const verifier = () => accountAt(parentRegionCodeOf(d.regionCode)!);
    let item: { id: number; version: number } = await items.create(demo.as(d.filer), {
      campaignId: campaignIds[d.campaign],
      regionCode: d.regionCode,
      problemType: d.problemType,
      title: d.title,
      identifiedOn: notAfterToday(d.identifiedOn),
      description: d.description,
      localPolicy: d.localPolicy,
      affectedPersons: d.affectedPersons,
      amount: d.amount,
      responsibleRole: d.responsibleRole,
      measures: d.measures,
    });
    for (const step of d.steps) {
      if (step.action === 'request_closure') {
        // the sub-tasks and the evidence the engine asks for before 申请销号
        for (const e of d.evidence ?? []) await attach(unit(), item.id, d.regionCode, e, ++n);
      }
      if (step.action === 'start' && d.done) {
        const subTasks = Object.fromEntries(
          Object.entries(d.done).map(([kind, [doneOn, note]]) => [kind, { status: 'done' as const, doneOn: notAfterToday(doneOn), note }]),
        );
        item = await items.update(demo.as(unit()), item.id, { subTasks, version: item.version });
      }
      const actor = demo.as(UNIT_STEPS.has(step.action) ? unit() : verifier());
      const { action, ...input } = step;
      item = await workflow.apply(actor, 'rectification-items', item.id, action, { ...input, version: item.version });
    }
    if (d.supervise) await items.supervise(province, item.id, { letterNo: d.supervise[0], comment: d.supervise[1] });
  }

  // 数据筛查: the cities screen this year's settlements through the job, as a user starts it. The assistance demo's
  // settlements are paid as the calculator computes them, which flags none of them zero_oop or over the 95 % line
  // (the 2026 parameters no longer top up), so that run finds nothing; the findings below are those of the 2025
  // settlement year (not in the demo ledger), opened through the job's own seam with its sourceRef key.
  const jobs = demo.get(JobsService);
  const screenings = demo.get(OverProtectionScreeningsService);
  for (const city of ['lz_city', 'gl_city']) {
    const actor = demo.as(city);
    const job = await screenings.startScreening(actor, { regionCode: actor.regionCode, year: DEMO_ACTIVITY_YEAR, campaignId: campaignIds.current });
    await jobs.settle(job.id);
  }
  for (const f of SCREENING_FINDINGS) {
    const city = demo.as(accountAt(parentRegionCodeOf(f.regionCode)!));
    const { item } = await inTransaction(demo.ds, (em) =>
      items.openOrUpdateScreeningItem(em, city, {
        campaignId: campaignIds.current,
        regionCode: f.regionCode,
        problemType: f.problemType,
        sourceRef: screeningRef(f.regionCode, SCREENED_YEAR, f.problemType),
        title: `${f.county} ${SCREENED_YEAR} 年${f.problemType === 'zero_copay' ? '个人零自付' : '三重制度保障后报销比例超过95%'}结算（数据筛查）`,
        description: `${SCREENED_YEAR} 年 ${f.settlements} 笔结算标记为 ${f.problemType === 'zero_copay' ? 'zero_oop' : 'reimbursement_over_ceiling'}，涉及 ${f.affectedPersons} 人`,
        affectedPersons: f.affectedPersons,
        amount: f.amount,
        identifiedOn: notAfterToday(SCREENED_ON),
      }),
    );
    // 城中区 starts on its finding
    if (f.start) await workflow.apply(demo.as(accountAt(f.regionCode)), 'rectification-items', item.id, 'start', { version: item.version });
  }
}
