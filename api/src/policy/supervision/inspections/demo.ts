import type { DemoContext } from '../../../platform/seed/seed';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { RectificationCampaign } from '../../rectification/rectification-campaigns/rectification-campaign.entity';
import { InspectionFindingsService } from '../inspection-findings/inspection-findings.service';
import { InspectionsService } from './inspections.service';

/**
 * 督导检查 by 广西 of 柳州 and 桂林, through the services and the engine as the demo accounts, after the rectification
 * area's campaigns (a finding opens an item in the current one): 城中区 inspected and closed (one finding rectified,
 * one proposed for accountability); 秀峰区 fed back and awaiting its answer (in 秀峰区's inbox); an unannounced visit
 * to 柳州市 under way (hidden from 柳州市 and its counties until the feedback); a flight check of 桂林市 planned;
 * 柳州市's own routine inspection of 城中区 reported.
 */
export async function seedInspectionActivity(demo: DemoContext): Promise<void> {
  const inspections = demo.get(InspectionsService);
  const findings = demo.get(InspectionFindingsService);
  const workflow = demo.get(WorkflowService);
  const province = demo.as('gx_province');
  const campaign = await demo.ds.getRepository(RectificationCampaign).findOne({ where: {}, order: { id: 'DESC' } });
  const base = { plannedFrom: '2026-09-07', plannedTo: '2026-09-11', teamLeader: '韦某', members: '陆某、蓝某', responseDays: 60 };
  const advance = async (who: string, id: number, actions: Array<[string, string?]>) => {
    for (const [action, comment] of actions) {
      const { version } = await inspections.get(demo.as(who), id);
      await workflow.apply(demo.as(who), 'inspections', id, action, { version, comment });
    }
  };
  const finding = (id: number, title: string, severity: 'general' | 'serious' | 'major', who = province) =>
    findings.create(who, { inspectionId: id, title, description: `${title}（督导组现场抽查发现）`, area: 'enrollment', severity, indicatorId: 'ENR-1' });

  const closed = await inspections.create(province, {
    ...base,
    regionCode: '450202',
    kind: 'special',
    title: '2026 年医保扶贫专项督导（柳州市城中区）',
    areas: ['enrollment', 'rectification'],
    noticeNo: '桂医保函〔2026〕31号',
  });
  await advance('gx_province', closed.id, [['start']]);
  const rectified = await finding(closed.id, '特困人员个人缴费未全额资助', 'serious');
  const accountable = await finding(closed.id, '参保台账数据弄虚作假', 'major');
  await advance('gx_province', closed.id, [['report'], ['send_feedback']]);
  await workflow.apply(demo.as('lz_chengzhong'), 'inspections', closed.id, 'respond', {
    version: (await inspections.get(province, closed.id)).version,
    comment: '已逐项整改，报送整改情况报告',
  });
  if (campaign)
    await findings.openRectification(province, rectified.id, { campaignId: campaign.id, problemType: 'zero_contribution', version: rectified.version });
  await findings.proposeAccountability(province, accountable.id, {
    subjectType: 'official',
    subjectName: '莫某',
    unit: '柳州市城中区医疗保障局',
    post: '参保股股长',
    conduct: 'falsification',
    facts: '参保台账中虚填已资助参保人数 12 人',
    measures: ['demerit'],
    basis: '《中华人民共和国公职人员政务处分法》第七条',
    version: accountable.version,
  });
  if (campaign) await advance('gx_province', closed.id, [['close']]);

  const awaiting = await inspections.create(province, {
    ...base,
    regionCode: '450302',
    kind: 'routine',
    title: '2026 年医保扶贫常规督导（桂林市秀峰区）',
    areas: ['enrollment', 'assistance'],
    plannedFrom: '2026-10-12',
    plannedTo: '2026-10-14',
  });
  await advance('gx_province', awaiting.id, [['start']]);
  await finding(awaiting.id, '医疗救助"一站式"结算未覆盖全部定点医院', 'general');
  await advance('gx_province', awaiting.id, [['report'], ['send_feedback']]);

  const unannounced = await inspections.create(province, {
    ...base,
    regionCode: '450200',
    kind: 'unannounced',
    title: '2026 年医保扶贫暗访（柳州市）',
    areas: ['enrollment', 'fraud'],
    plannedFrom: '2026-11-16',
    plannedTo: '2026-11-18',
  });
  await advance('gx_province', unannounced.id, [['start']]);
  await finding(unannounced.id, '定点医院为贫困人口挂床住院', 'serious');

  await inspections.create(province, {
    ...base,
    regionCode: '450300',
    kind: 'flight_check',
    title: '2026 年医保基金飞行检查（桂林市）',
    areas: ['fraud'],
    plannedFrom: '2026-12-14',
    plannedTo: '2026-12-16',
  });

  const byCity = await inspections.create(demo.as('lz_city'), {
    ...base,
    regionCode: '450202',
    kind: 'routine',
    title: '2026 年第三季度医保扶贫督导（城中区）',
    areas: ['enrollment'],
    plannedFrom: '2026-08-03',
    plannedTo: '2026-08-04',
  });
  await advance('lz_city', byCity.id, [['start']]);
  await finding(byCity.id, '部分资助对象参保信息未按月比对', 'general', demo.as('lz_city'));
  await advance('lz_city', byCity.id, [['report']]);
}
