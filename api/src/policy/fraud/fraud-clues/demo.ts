import { addDays, chinaDate, idNumberCheckChar, type FraudClueSource, type FraudClueSubjectType } from '@yibao/shared';
import { IsNull } from 'typeorm';
import type { DemoContext } from '../../../platform/seed/seed';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { FraudClue } from './fraud-clue.entity';
import { FraudCluesService } from './fraud-clues.service';

/** 欺诈骗保线索's demo data: about twenty clues in 柳州 and 桂林, in every state but `filed` (the cases' demo files). */

/** A valid demo ID number from its first 17 digits (the check character computed, GB 11643). */
const demoId = (first17: string) => first17 + idNumberCheckChar(first17);

/** What happens to a demo clue after it is logged, as the demo accounts through the workflow engine. */
type Then =
  | { to: 'received' }
  | { to: 'verifying'; extendBy?: string }
  | { to: 'not_filed'; comment: string; notified?: boolean }
  | { to: 'transferred'; comment: string; notified?: boolean };

interface DemoClue {
  /** the account that logs and verifies it (an officer or inspector of the handling unit or above) */
  by: string;
  /** who decides at the unit (its head; for a county without a head account only transfers are shown) */
  head?: string;
  regionCode: string;
  source: FraudClueSource;
  /** a fixed day, or days before today (a fresh clue stays within its deadline) */
  received: string | number;
  subjectType: FraudClueSubjectType;
  institutionCode?: string;
  idNumber?: string;
  estimatedAmount?: number;
  summary: string;
  reporter?: [string, string | null];
  then: Then;
}

const PLAN: DemoClue[] = [
  // 柳州市本级: the inspectors log and verify, 柳州市医保局负责人 extends and decides
  {
    by: 'lz_inspector',
    regionCode: '450200',
    source: 'tip_off',
    received: 1,
    subjectType: 'institution',
    institutionCode: 'H45020200001',
    estimatedAmount: 4_800_000,
    summary: '群众实名举报某医院住院部存在挂床住院，夜间病房空置',
    reporter: ['韦建华', '13907721234'],
    then: { to: 'received' },
  },
  {
    by: 'lz_inspector',
    regionCode: '450200',
    source: 'screening',
    received: '2026-09-01',
    subjectType: 'institution',
    institutionCode: 'H45020400002',
    estimatedAmount: 1_260_000,
    summary: '智能监控提示某医院同一患者 15 日内多次出入院，疑似分解住院',
    then: { to: 'received' },
  },
  {
    by: 'lz_inspector',
    regionCode: '450200',
    source: 'inspection',
    received: 5,
    subjectType: 'institution',
    institutionCode: 'H45020200003',
    estimatedAmount: 2_350_000,
    summary: '日常检查发现某医院检验项目重复收费',
    then: { to: 'verifying' },
  },
  {
    by: 'lz_inspector2',
    regionCode: '450200',
    source: 'flight_check',
    received: 8,
    subjectType: 'institution',
    institutionCode: 'P45020500001',
    estimatedAmount: 380_000,
    summary: '飞行检查发现某药店串换药品、将保健品按药品结算',
    then: { to: 'verifying' },
  },
  {
    by: 'lz_inspector',
    regionCode: '450200',
    source: 'screening',
    received: 3,
    subjectType: 'insured_person',
    idNumber: demoId('45020219780516301'),
    estimatedAmount: 96_000,
    summary: '智能监控提示某参保人短期内在多家药店重复购药并转卖',
    then: { to: 'verifying' },
  },
  {
    by: 'lz_inspector',
    head: 'lz_head',
    regionCode: '450200',
    source: 'tip_off',
    received: 20,
    subjectType: 'institution',
    institutionCode: 'H45020600001',
    estimatedAmount: 5_600_000,
    summary: '实名举报某民营医院组织免费体检诱导参保人住院',
    reporter: ['覃丽萍', '13607725678'],
    then: { to: 'verifying', extendBy: '需调取三个月病案并约谈相关医务人员，批准延长核查期限' },
  },
  {
    by: 'lz_inspector2',
    regionCode: '450200',
    source: 'referral',
    received: '2026-09-15',
    subjectType: 'other',
    estimatedAmount: 150_000,
    summary: '公安机关移送：某人伪造医疗票据报销',
    then: { to: 'verifying' },
  },
  {
    by: 'lz_inspector',
    head: 'lz_head',
    regionCode: '450200',
    source: 'tip_off',
    received: '2026-10-12',
    subjectType: 'institution',
    institutionCode: 'H45020300002',
    summary: '实名举报某卫生院虚记诊疗项目',
    reporter: ['蒙志强', '0772-2805678'],
    then: { to: 'not_filed', comment: '经核查，所涉诊疗项目有病历和检查报告支持，无违法事实' },
  },
  {
    by: 'lz_inspector',
    head: 'lz_head',
    regionCode: '450200',
    source: 'assigned',
    received: '2026-09-20',
    subjectType: 'agency',
    summary: '上级交办：某经办机构审核把关不严',
    then: { to: 'not_filed', comment: '属于经办管理问题，已移交经办机构内部整改，不予立案' },
  },
  {
    by: 'lz_inspector2',
    regionCode: '450200',
    source: 'tip_off',
    received: '2026-10-20',
    subjectType: 'insured_person',
    idNumber: demoId('45020519650208402'),
    summary: '实名举报某参保人冒用他人医保凭证就医',
    reporter: ['莫海燕', '18677201234'],
    then: { to: 'transferred', comment: '涉嫌诈骗，移送公安机关', notified: true },
  },
  {
    by: 'lz_inspector2',
    regionCode: '450200',
    source: 'referral',
    received: '2026-10-28',
    subjectType: 'other',
    summary: '卫生健康部门移送：某诊所无证行医',
    then: { to: 'transferred', comment: '不属医保部门管辖，退回卫生健康部门' },
  },
  // 城中区: the county's officer logs, verifies and transfers (the decisions of a county are its head's)
  {
    by: 'lz_chengzhong',
    regionCode: '450202',
    source: 'tip_off',
    received: 2,
    subjectType: 'institution',
    institutionCode: 'H45020200005',
    estimatedAmount: 720_000,
    summary: '实名举报某社区卫生服务中心为非参保人挂名开药',
    reporter: ['潘国庆', '13877209876'],
    then: { to: 'received' },
  },
  {
    by: 'lz_chengzhong',
    regionCode: '450202',
    source: 'screening',
    received: '2026-10-09',
    subjectType: 'institution',
    institutionCode: 'P45020200003',
    estimatedAmount: 210_000,
    summary: '智能监控提示某药店夜间集中刷卡',
    then: { to: 'verifying' },
  },
  {
    by: 'lz_chengzhong',
    regionCode: '450202',
    source: 'inspection',
    received: '2026-11-02',
    subjectType: 'institution',
    institutionCode: 'H45020200006',
    summary: '检查发现某门诊部医保结算与收费系统不一致',
    then: { to: 'transferred', comment: '涉及市级定点协议管理，移送柳州市医保局' },
  },
  {
    by: 'lz_inspector',
    regionCode: '450204',
    source: 'assigned',
    received: 4,
    subjectType: 'institution',
    institutionCode: 'H45020400007',
    summary: '自治区医保局交办：某医院康复项目超标准收费',
    then: { to: 'received' },
  },
  // 桂林市: the city officer logs, verifies and transfers
  {
    by: 'gl_city',
    regionCode: '450300',
    source: 'tip_off',
    received: 1,
    subjectType: 'institution',
    institutionCode: 'H45030200001',
    estimatedAmount: 3_100_000,
    summary: '实名举报某医院伪造住院病历',
    reporter: ['廖春梅', '15977301234'],
    then: { to: 'received' },
  },
  {
    by: 'gl_city',
    regionCode: '450300',
    source: 'flight_check',
    received: 6,
    subjectType: 'institution',
    institutionCode: 'H45030500002',
    estimatedAmount: 8_900_000,
    summary: '国家飞行检查反馈某医院高套病组',
    then: { to: 'verifying' },
  },
  {
    by: 'gl_city',
    regionCode: '450300',
    source: 'screening',
    received: '2026-09-08',
    subjectType: 'institution',
    institutionCode: 'P45031200001',
    summary: '智能监控提示某药店超量开药',
    then: { to: 'verifying' },
  },
  {
    by: 'gl_city',
    regionCode: '450300',
    source: 'referral',
    received: '2026-11-10',
    subjectType: 'insured_person',
    idNumber: demoId('45030219901120152'),
    summary: '实名举报某参保人倒卖医保药品（审计部门转来）',
    reporter: ['黄德明', '13737301234'],
    then: { to: 'transferred', comment: '涉嫌犯罪，移送公安机关' },
  },
  {
    by: 'gl_city',
    regionCode: '450302',
    source: 'inspection',
    received: 3,
    subjectType: 'institution',
    institutionCode: 'H45030200004',
    summary: '检查发现某医院耗材进销存不符',
    then: { to: 'received' },
  },
];

/**
 * The clues through the service and the workflow engine as the demo accounts: received, verifying (one extended,
 * some overdue), not filed and transferred, some with a named reporter (one notified, two awaiting the notice in
 * 柳州's and 桂林's inboxes), some anonymous. None is filed: the cases' demo files clues through `fileFromClue`
 * (`demoCluesToFile` below).
 */
export async function seedFraudClueActivity(demo: DemoContext): Promise<void> {
  const clues = demo.get(FraudCluesService);
  const workflow = demo.get(WorkflowService);
  const today = chinaDate(new Date());
  for (const c of PLAN) {
    const by = demo.as(c.by);
    const created = await clues.create(by, {
      regionCode: c.regionCode,
      source: c.source,
      // a fixed day of the demo year, unless the clock is earlier (never a receipt in the future)
      receivedOn: typeof c.received === 'number' ? addDays(today, -c.received) : c.received < today ? c.received : addDays(today, -30),
      summary: c.summary,
      subjectType: c.subjectType,
      institutionCode: c.institutionCode ?? null,
      idNumber: c.idNumber ?? null,
      estimatedAmount: c.estimatedAmount ?? null,
      reporterName: c.reporter?.[0] ?? null,
      reporterPhone: c.reporter?.[1] ?? null,
    });
    if (c.then.to === 'received') continue;
    let version = created.version;
    const apply = async (who: string, action: string, comment?: string) => {
      version = (await workflow.apply(demo.as(who), 'fraud-clues', created.id, action, { comment, version })).version;
    };
    if (c.then.to === 'transferred') {
      await apply(c.by, 'transfer', c.then.comment);
    } else {
      await apply(c.by, 'verify');
      if (c.then.to === 'verifying' && c.then.extendBy) await apply(c.head!, 'extend', c.then.extendBy);
      if (c.then.to === 'not_filed') await apply(c.head!, 'not_file', c.then.comment);
    }
    if ((c.then.to === 'transferred' || c.then.to === 'not_filed') && c.then.notified) await clues.recordReporterNotice(by, created.id, undefined, version);
  }
}

/**
 * For the cases' demo: the clues of a unit that wait to be filed (verifying, no case yet), oldest first — in the
 * demo, 柳州市 has five (two institutions, an insured person, the extended tip-off, an overdue referral), which `lz_head` may file through
 * `CaseFilingService.fileFromClue` (or the workflow's `file`, which calls it).
 */
export async function demoCluesToFile(demo: DemoContext, regionCode = '450200'): Promise<FraudClue[]> {
  return demo.ds.getRepository(FraudClue).find({ where: { regionCode, state: 'verifying', caseId: IsNull() }, order: { id: 'ASC' } });
}
