import type { EntityManager } from 'typeorm';
import type { AgreementStatus, InstitutionKind, InstitutionLevel, InstitutionOwnership } from '@yibao/shared';
import { insertMany } from '../../../database/insert-many';
import type { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Institution } from './institution.entity';
import { InstitutionStatusChangeRow } from './institution-status-change.entity';

type Row = [code: string, name: string, kind: InstitutionKind, level: InstitutionLevel, ownership: InstitutionOwnership];

/**
 * 定点医药机构 of the demo: 柳州 and 桂林, with the codes the demo settlements, recognitions and the e2e flows carry
 * (assistance/demo.ts, e2e/specs). Reference data like the parameter sets: seeded with the accounts, so integration
 * tests find the same registry.
 */
export const DEMO_INSTITUTIONS: Row[] = [
  // 柳州市
  ['H45020200001', '柳州市工人医院', 'hospital', 'tertiary', 'public'],
  ['H45020200002', '柳州市人民医院', 'hospital', 'tertiary', 'public'],
  ['H45020200003', '柳州市城中区公园街道社区卫生服务中心', 'primary', 'primary', 'public'],
  ['H45020200009', '柳州市中医医院', 'hospital', 'tertiary', 'public'],
  ['P45020200001', '柳州桂中大药房城中店', 'pharmacy', 'unrated', 'private'],
  ['H45020300001', '柳州市鱼峰区人民医院', 'hospital', 'secondary', 'public'],
  ['P45020300002', '柳州一心大药房鱼峰店', 'pharmacy', 'unrated', 'private'],
  ['H45020400001', '柳州市柳南区人民医院', 'hospital', 'secondary', 'public'],
  ['H45020400002', '柳州市柳南区太阳村镇卫生院', 'primary', 'primary', 'public'],
  ['H45020500001', '柳州市柳北区人民医院', 'hospital', 'secondary', 'public'],
  ['H45020600001', '柳州市柳江区人民医院', 'hospital', 'secondary', 'public'],
  ['H45020600002', '柳州市柳江区拉堡镇卫生院', 'primary', 'primary', 'public'],
  ['H45020600003', '柳州柳江仁和医院', 'hospital', 'secondary', 'private'],
  ['H45020600004', '柳江区百朋镇怀洪村卫生室', 'village_clinic', 'unrated', 'public'],
  ['H45022200001', '柳城县人民医院', 'hospital', 'secondary', 'public'],
  ['H45022200002', '柳城县大埔镇卫生院', 'primary', 'primary', 'public'],
  ['H45022300001', '鹿寨县人民医院', 'hospital', 'secondary', 'public'],
  ['H45022400001', '融安县人民医院', 'hospital', 'secondary', 'public'],
  ['H45022500001', '融水苗族自治县人民医院', 'hospital', 'secondary', 'public'],
  ['P45022600001', '三江侗族自治县古宜镇惠民药店', 'pharmacy', 'unrated', 'private'],
  // 桂林市
  ['H45030200001', '桂林市人民医院', 'hospital', 'tertiary', 'public'],
  ['H45030200002', '桂林市秀峰区丽君街道社区卫生服务中心', 'primary', 'primary', 'public'],
  ['H45030300001', '桂林市叠彩区人民医院', 'hospital', 'secondary', 'public'],
  ['H45030400001', '桂林市象山区人民医院', 'hospital', 'secondary', 'public'],
  ['H45030500001', '桂林医学院附属医院', 'hospital', 'tertiary', 'public'],
  ['H45030500002', '桂林康桥医院', 'hospital', 'secondary', 'private'],
  ['P45030500004', '桂林百姓缘大药房七星店', 'pharmacy', 'unrated', 'private'],
  ['H45031100001', '桂林市雁山区人民医院', 'hospital', 'secondary', 'public'],
  ['H45031200001', '桂林市临桂区人民医院', 'hospital', 'secondary', 'public'],
  ['H45031200002', '临桂区六塘镇卫生院', 'primary', 'primary', 'public'],
  ['H45032100001', '阳朔县人民医院', 'hospital', 'secondary', 'public'],
  ['H45032100002', '阳朔县白沙镇遇龙村卫生室', 'village_clinic', 'unrated', 'public'],
  ['H45032300001', '灵川县人民医院', 'hospital', 'secondary', 'public'],
  ['H45032300005', '灵川仁爱医院', 'hospital', 'primary', 'private'],
  ['H45032400001', '全州县人民医院', 'hospital', 'secondary', 'public'],
  ['H45032400002', '全州县黄沙河镇卫生院', 'primary', 'primary', 'public'],
  ['H45032500001', '兴安县人民医院', 'hospital', 'secondary', 'public'],
  ['P45032500001', '兴安县溶江镇便民药店', 'pharmacy', 'unrated', 'private'],
  ['H45032800001', '龙胜各族自治县人民医院', 'hospital', 'secondary', 'public'],
  ['H45033200001', '恭城瑶族自治县人民医院', 'hospital', 'secondary', 'public'],
];

/**
 * The registry's history as served decisions left it (cases not linked: the fraud cases' demo may name these case
 * numbers): one private hospital of 柳江 suspended (a demo settlement there after the date is flagged), one 桂林
 * pharmacy terminated, one 灵川 hospital suspended and lifted when its case was terminated.
 */
const HISTORY: Array<{
  code: string;
  from: AgreementStatus;
  to: AgreementStatus;
  on: string;
  until: string | null;
  caseNo: string;
  decisionNo: string | null;
  reason: string;
  lifted?: boolean;
}> = [
  {
    code: 'H45020600003',
    from: 'active',
    to: 'suspended',
    on: '2026-06-02',
    // 12 months, so the registry still reads it as suspended (the status is derived from the dates on read)
    until: '2027-06-01',
    caseNo: '柳医保立〔2026〕3号',
    decisionNo: '柳医保罚〔2026〕3号',
    reason: '暂停相关责任部门涉及基金使用的医药服务 12 个月（分解住院、挂床住院）',
  },
  {
    code: 'P45030500004',
    from: 'active',
    to: 'terminated',
    on: '2026-04-20',
    until: null,
    caseNo: '桂医保立〔2026〕1号',
    decisionNo: '桂医保罚〔2026〕1号',
    reason: '解除医保服务协议（串换药品、为非参保人刷卡）',
  },
  {
    code: 'H45032300005',
    from: 'active',
    to: 'suspended',
    on: '2026-01-15',
    until: '2026-07-14',
    caseNo: '桂医保立〔2025〕7号',
    decisionNo: '桂医保罚〔2025〕7号',
    reason: '暂停相关责任部门涉及基金使用的医药服务 6 个月（过度诊疗）',
    lifted: true,
  },
];

/** The demo registry and its status history, in the seed's transaction. */
export async function seedInstitutionsDemo(em: EntityManager, audit: AuditLogService, now: Date): Promise<void> {
  const statusOf = new Map(HISTORY.filter((h) => !h.lifted).map((h) => [h.code, h]));
  await insertMany(
    em,
    Institution,
    DEMO_INSTITUTIONS.map(([code, name, kind, level, ownership]) => ({
      code,
      name,
      kind,
      level,
      ownership,
      regionCode: code.slice(1, 7),
      agreementStatus: statusOf.get(code)?.to ?? 'active',
      suspendedUntil: statusOf.get(code)?.until ?? null,
      // each status change bumped the version, as InstitutionMeasuresService does
      version: 1 + HISTORY.filter((h) => h.code === code).reduce((n, h) => n + (h.lifted ? 2 : 1), 0),
      createdAt: now,
      updatedAt: now,
    })),
  );
  const ids = new Map((await em.find(Institution, { select: { id: true, code: true } })).map((i) => [i.code, i.id]));
  const rows: Array<Partial<InstitutionStatusChangeRow>> = [];
  for (const h of HISTORY) {
    const base = {
      institutionId: ids.get(h.code)!,
      institutionCode: h.code,
      caseId: null,
      caseNo: h.caseNo,
      decisionNo: h.decisionNo,
      byName: 'system',
      byUserId: null,
      at: now,
    };
    rows.push({ ...base, fromStatus: h.from, toStatus: h.to, effectiveOn: h.on, suspendedUntil: h.until, reason: h.reason, liftedAt: h.lifted ? now : null });
    if (h.lifted)
      rows.push({
        ...base,
        fromStatus: h.to,
        toStatus: h.from,
        effectiveOn: h.on,
        suspendedUntil: null,
        reason: '案件处理措施撤销，恢复原协议状态 (the case’s measures were lifted)',
        liftedAt: null,
      });
  }
  await insertMany(em, InstitutionStatusChangeRow, rows);
  await audit.append(
    em,
    { username: 'system', ip: null },
    { action: 'seed', resource: 'institutions', after: { institutions: DEMO_INSTITUTIONS.length, statusChanges: rows.length } },
  );
}
