import type { ComplianceIndicatorDefinition } from '../indicator';
import { COMPLIANCE_INDICATOR_CODES as L } from '../codes';
import type { IdentityCategory } from '../../enrollment/codes';
import { applyBp } from '../../assistance/settlement/calculator';
import { BP_SCALE, type CriticalIllnessParameters, type MedicalAidCategoryParameters } from '../../assistance/settlement/types';

/**
 * The enrollment, tiered-assistance, over-protection (settlement) and monitoring indicators (DOMAIN §7).
 * Owner: helper C1 (issue 18 wave 1). Each formula is what EnrollmentAssistanceIndicators counts (api compliance-runs);
 * each `source.text` is quoted verbatim from the seed document (punctuation as the seed has it); each drill-down lists
 * the numerator's records, or — where its comment says so — the complement (denominator − numerator), or for a ratio of
 * amounts the settlements both sums run over.
 */
const S0 = '辽医保〔2019〕8号《关于做好2019年度医疗保障扶贫工作的通知》';
const S1 = '柳医保发〔2019〕6号（转发桂医保发〔2019〕14号《进一步加强医保扶贫工作若干措施》）';
const S3 = '新疆维吾尔自治区医保局等五部门《关于坚决守牢防止规模性返贫底线 健全完善防范化解因病返贫致贫长效机制的通知》（2023年2月9日）';
const S4 = '医保发〔2019〕57号《关于坚决完成医疗保障脱贫攻坚硬任务的指导意见》';

/** S3 §一's "两类人员": 农村低收入人口 and 脱贫人口 (建档立卡) — ENR-1's group, each person counted once. */
export const ENR1_CATEGORIES = ['rural_low_income', 'registered_poor'] as const satisfies readonly IdentityCategory[];

/**
 * What a tier pays on in a person's year, as TIR-1 and TIR-3 count it: the cumulative burden above `deductible`, for at
 * most `span` fen (null: no end) — past that the year's cap or limit is used up and the tier rightly pays nothing more,
 * so that cost is not the tier's shortfall (S0 §二(二) speaks of the ratio 年度限额内).
 */
export interface TierSpan {
  deductible: number;
  span: number | null;
}

/** The part of a cumulative burden (fen) a tier pays on: above the deductible, at most the span. */
export function withinTierSpan(cumulative: number, t: TierSpan): number {
  const above = cumulative > t.deductible ? cumulative - t.deductible : 0;
  return t.span !== null && above > t.span ? t.span : above;
}

/**
 * TIR-1's span for a pooling region's 大病保险, for a tilt person (S4 §四: deductible lowered, ratio raised, the cap
 * removed when the parameters say so) or not: the burden above the deductible the segments (each raised to the
 * statutory minimum, as the calculator does) pay on before their payments reach the annual cap.
 */
export function criticalIllnessSpan(ci: CriticalIllnessParameters, tilt: boolean): TierSpan {
  const deductible = tilt ? applyBp(ci.deductible.value, BP_SCALE - ci.tilt.deductibleReductionBp.value) : ci.deductible.value;
  const cap = tilt && ci.tilt.removeCap.value ? null : ci.annualCap.value;
  if (cap === null) return { deductible, span: null };
  const bonus = tilt ? ci.tilt.ratioBonusBp.value : 0;
  let paid = 0;
  let segFrom = 0;
  for (const seg of ci.segments) {
    const segTo = seg.upToFen === null ? Infinity : seg.upToFen;
    const from = Math.max(deductible, segFrom);
    const ratio = Math.min(BP_SCALE, Math.min(BP_SCALE, Math.max(seg.ratioBp, ci.minRatioBp.value)) + bonus);
    if (segTo > from && ratio > 0) {
      const full = segTo === Infinity ? Infinity : applyBp(segTo - from, ratio);
      if (paid + full >= cap) return { deductible, span: from - deductible + Math.ceil(((cap - paid) * BP_SCALE) / ratio) };
      paid += full;
    }
    segFrom = segTo;
  }
  return { deductible, span: null };
}

/**
 * TIR-3's span for a category's medical aid (S0 §二(二) 年度限额内): above the category's annual deductible, the burden
 * left after basic and 大病 whose aid at the category's ratio reaches the annual limit.
 */
export function medicalAidSpan(aid: MedicalAidCategoryParameters): TierSpan {
  const ratio = aid.ratioBp.value;
  return { deductible: aid.deductible.value, span: ratio > 0 ? Math.ceil((aid.annualLimit.value * BP_SCALE) / ratio) : 0 };
}

/** One person's year in a pooling region as TIR-3 reads it: cumulative aid burdens (in-policy − basic − 大病 paid). */
export interface MedicalAidPersonYear {
  /** a registered-poor settlement of theirs in the period (the person is one of the indicator's) */
  poorSettlementInPeriod: boolean;
  /** aid paid on their registered-poor settlements in the period */
  aidPaid: number;
  /** the burden up to the period's end, and up to its start */
  burdenToEnd: number;
  burdenBeforeStart: number;
}

/**
 * One person's TIR-3 figure (S0 §二(二): 年度限额内贫困人口重特大疾病救助比例 65 %; DOMAIN §7 TIR-3 "medical-aid ratio
 * within the annual limit"): the aid paid in the period over the period's part of the burden between the deductible and
 * the limit. Every registered-poor person with a settlement in the period counts, aid paid or not: one refused aid
 * that was due (burden within the span, nothing paid) is the shortfall the ratio exists to show — counting only those
 * paid some aid would leave a county that pays none with no figure at all. Null for a person who is not one of them.
 */
export function medicalAidPersonFigure(p: MedicalAidPersonYear, span: TierSpan): { numerator: number; denominator: number } | null {
  if (!p.poorSettlementInPeriod) return null;
  return { numerator: p.aidPaid, denominator: withinTierSpan(p.burdenToEnd, span) - withinTierSpan(p.burdenBeforeStart, span) };
}

/** A drill-down into the settlements of the cell's region and period, with the indicator's own conditions. */
const periodSettlements = (filter: Readonly<Record<string, string>>) => ({
  resource: 'settlements',
  filter: { scope: '{regionCode}', settledOn_gte: '{from}', settledOn_lte: '{to}', ...filter },
});

const label = (id: keyof typeof L.zh) => ({ zh: L.zh[id], en: L.en[id] });

export const ENROLLMENT_ASSISTANCE_INDICATORS: readonly ComplianceIndicatorDefinition[] = [
  {
    id: 'ENR-1',
    label: label('ENR-1'),
    area: 'enrollment',
    measure: 'rate',
    numerator: {
      zh: '期间所在年度已参保的在册农村低收入人口和脱贫人口（身份含 农村低收入对象 或 建档立卡/脱贫人口，每人计一次；取自参保率的县级计数，与 /api/enrollment-rates 同源）',
      en: 'Active ledger persons who are rural low-income or (formerly) registered poor, enrolled in the period’s year (each person once; from the kept county counts behind /api/enrollment-rates)',
    },
    denominator: {
      zh: '同一人群减去有正当理由未参保者（现役军人、婚出、异地参保等，DOMAIN §2）；台账参保为年度值，月、季期间取其所在年度',
      en: 'The same persons less those not enrolled for a valid reason; enrollment is yearly, so a month or quarter reads its year',
    },
    comparator: '>=',
    threshold: 0.99,
    amberBand: 0.005,
    highIsGood: true,
    effectiveGap: 0.001,
    parameterised: true,
    source: { document: S3, clause: '一', text: '确保各统筹地区两类人员参保率稳定在99%以上' },
    // the complement: persons of the two groups without enrollment or valid reason in the year (应保未保) = denominator − numerator
    drillDown: {
      resource: 'beneficiaries',
      filter: { scope: '{regionCode}', status: 'active', identityCategoryAny: ENR1_CATEGORIES.join(','), uncoveredIn: '{year}' },
    },
  },
  {
    id: 'ENR-2',
    label: label('ENR-2'),
    area: 'enrollment',
    measure: 'rate',
    numerator: {
      zh: '期间所在年度已参保的在册建档立卡贫困人口（与 /api/enrollment-rates 的 建档立卡 行同源）',
      en: 'Active registered-poor ledger persons enrolled in the period’s year (the registered-poor row of /api/enrollment-rates)',
    },
    denominator: {
      zh: '在册建档立卡贫困人口减去有正当理由未参保者；月、季期间取其所在年度',
      en: 'Active registered-poor ledger persons less those not enrolled for a valid reason; a month or quarter reads its year',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0,
    highIsGood: true,
    effectiveGap: 0.001,
    parameterised: false,
    source: { document: S1, clause: '一', text: '确保建档立卡贫困人口100%参加当年基本医疗保险' },
    // the complement: registered poor not enrolled without a valid reason (应保未保) = denominator − numerator
    drillDown: { resource: 'beneficiaries', filter: { scope: '{regionCode}', status: 'active', identityCategory: 'registered_poor', uncoveredIn: '{year}' } },
  },
  {
    id: 'ENR-3',
    label: label('ENR-3'),
    area: 'enrollment',
    measure: 'rate',
    numerator: {
      zh: '办结期限在期内、且在期限当日（北京时间）结束前办结的按月比对核查任务',
      en: 'Roster-comparison tasks whose deadline falls in the period, closed by the end of their deadline day (China time)',
    },
    denominator: {
      zh: '办结期限在期内的核查任务，不含期限未到（期限不早于运行当日）且仍未办结的',
      en: 'Tasks whose deadline falls in the period, less those still open whose deadline has not passed (on or after the run’s day)',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0.05,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: { document: S0, clause: '三（二）', text: '按月与民政、扶贫部门提供的贫困人口数据进行比对,及时掌握新增及退出的贫困人口情况' },
    // the complement: tasks due in the period that are past their deadline still open, or were closed after it
    drillDown: { resource: 'verification-tasks', filter: { scope: '{regionCode}', deadline_gte: '{from}', deadline_lte: '{to}', late: 'true' } },
  },
  {
    id: 'TIR-1',
    label: label('TIR-1'),
    area: 'assistance',
    measure: 'rate',
    numerator: {
      zh: '期内结算的大病保险支付金额（结算记录的 大病保险支付）',
      en: 'Critical-illness payments of the settlements in the period (as recorded)',
    },
    denominator: {
      zh: '期内进入大病保险的人（期内有结算记录支付或按规则应付大病保险）期内进入大病保险的费用：每人在统筹地区当年累计（政策范围内费用 − 基本医保支付）超过大病保险起付线（统筹地区当年已批准参数；倾斜人群按倾斜起付线）的部分，至多计到按各段支付比例（不低于最低比例）支付达到年度封顶线为止（倾斜人群取消封顶的不设上限；封顶后不再支付的费用不算未达比例），至期末的累计减去期初前的累计；无已批准参数的统筹地区不计',
      en: 'Of the persons who reached critical-illness insurance in the period (a settlement of it paid or computed to pay it), the cost that entered it in the period: per person, pooling region and year, the cumulative (in-policy cost − basic payment) above the pooling region’s approved deductible (the tilt’s for the tilt categories), counted only up to where the segments’ ratios (raised to the minimum) reach the annual cap (no end where the tilt removes the cap; cost past the cap is not a shortfall of the ratio), up to the period’s end less up to its start; pooling regions without approved parameters are left out',
    },
    comparator: '>=',
    threshold: 0.6,
    amberBand: 0.05,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: true,
    source: { document: S0, clause: '二（一）', text: '将城乡居民大病保险最低支付比例由50%提高到60%' },
    // the numerator's records: settlements of the period on which critical-illness insurance paid
    drillDown: periodSettlements({ year: '{year}', paidCriticalIllness_gte: '1' }),
  },
  {
    id: 'TIR-2',
    label: label('TIR-2'),
    area: 'assistance',
    measure: 'rate',
    numerator: {
      zh: '建档立卡贫困人口期内进入大病保险的结算中，记录的大病保险支付不低于按倾斜政策（起付线减半、比例加5个百分点、不封顶）计算金额的',
      en: 'Of the registered poor’s settlements in the period reaching critical-illness insurance, those whose recorded payment is not below the amount computed with the tilt (deductible halved, +5 points, no cap)',
    },
    denominator: {
      zh: '建档立卡贫困人口期内进入大病保险的结算（按倾斜政策计算的大病保险金额或记录的支付大于0）',
      en: 'The registered poor’s settlements in the period reaching critical-illness insurance (computed tilted amount or recorded payment above 0)',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0,
    highIsGood: true,
    effectiveGap: 0.001,
    parameterised: false,
    source: { document: S4, clause: '四', text: '对贫困人口继续执行起付线降低50%、支付比例提高5个百分点的倾斜政策，并全面取消建档立卡贫困人口封顶线' },
    // the complement: the registered poor’s settlements paid less critical-illness insurance than the tilted computation
    drillDown: periodSettlements({ identityCategory: 'registered_poor', criticalIllnessShort: 'true' }),
  },
  {
    id: 'TIR-3',
    label: label('TIR-3'),
    area: 'assistance',
    measure: 'rate',
    numerator: {
      zh: '期内有建档立卡结算的人（无论是否获得救助：应救未救者计为0），其期内建档立卡结算的医疗救助支付金额',
      en: 'Of the persons with a registered-poor settlement in the period (aid paid or not: one refused aid that was due counts with 0), the aid paid on their registered-poor settlements in the period',
    },
    denominator: {
      zh: '同一批人期内进入年度限额内救助的费用：每人在统筹地区当年累计（政策范围内费用 − 基本医保支付 − 大病保险支付）超过建档立卡医疗救助起付标准的部分，至多计到按建档立卡救助比例救助达到年度救助限额为止（统筹地区当年已批准参数），至期末的累计减去期初前的累计；起付标准内与限额用尽后的费用不计；无已批准参数或参数中建档立卡无救助的统筹地区不计',
      en: 'The cost of the same persons that entered aid within the annual limit in the period: per person, pooling region and year, the cumulative (in-policy − basic − critical illness) above the registered poor’s aid deductible, counted only up to where their aid ratio reaches the annual limit (the pooling region’s approved parameters), up to the period’s end less up to its start; cost inside the deductible or past the limit is not counted; pooling regions without approved parameters, or without aid for the registered poor in them, are left out',
    },
    comparator: '>=',
    threshold: 0.65,
    amberBand: 0.05,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: true,
    source: { document: S0, clause: '二（二）', text: '将年度限额内贫困人口重特大疾病救助比例由60%提高到65%,有条件的市可以直接提高到70%' },
    // the numerator's records: the registered poor’s settlements of the period on which aid paid (the denominator's
    // persons are those with any registered-poor settlement of the period)
    drillDown: periodSettlements({ identityCategory: 'registered_poor', paidMedicalAid_gte: '1' }),
  },
  {
    id: 'TIR-4',
    label: label('TIR-4'),
    area: 'assistance',
    measure: 'rate',
    numerator: { zh: '建档立卡贫困人口期内住院结算的个人自付金额', en: 'Out-of-pocket payments of the registered poor’s inpatient settlements in the period' },
    denominator: { zh: '同一批结算的住院总费用', en: 'The same settlements’ total cost' },
    comparator: '<=',
    threshold: 0.1,
    amberBand: 0.02,
    highIsGood: false,
    effectiveGap: 0.005,
    parameterised: true,
    source: { document: S1, clause: '二（六）', text: '出院结算时只需交纳其个人自付费用，个人自付费用不高于住院医疗费用总额的10%' },
    // the settlements both sums run over
    drillDown: periodSettlements({ visitType: 'inpatient', identityCategory: 'registered_poor' }),
  },
  {
    id: 'TIR-5',
    label: label('TIR-5'),
    area: 'assistance',
    measure: 'rate',
    numerator: {
      zh: '建档立卡贫困人口期内在县域内门诊特殊慢性病结算的个人自付金额',
      en: 'Out-of-pocket payments of the registered poor’s in-county chronic-outpatient settlements in the period',
    },
    denominator: { zh: '同一批结算的总费用', en: 'The same settlements’ total cost' },
    comparator: '<=',
    threshold: 0.2,
    amberBand: 0.03,
    highIsGood: false,
    effectiveGap: 0.005,
    parameterised: true,
    source: {
      document: S1,
      clause: '二（六）',
      text: '建档立卡贫困人口患门诊特殊慢性病在县域内定点医疗机构就医结算时，只需要交纳其个人自付费用，个人自付费用不高于门诊医疗费用总额20%',
    },
    // the settlements both sums run over
    drillDown: periodSettlements({ visitType: 'chronic_outpatient', inCounty: 'true', identityCategory: 'registered_poor' }),
  },
  {
    id: 'TIR-6',
    label: label('TIR-6'),
    area: 'assistance',
    measure: 'rate',
    numerator: { zh: '建档立卡贫困人口期内住院结算的目录内费用', en: 'In-catalogue cost of the registered poor’s inpatient settlements in the period' },
    denominator: { zh: '同一批结算的住院总费用', en: 'The same settlements’ total cost' },
    comparator: '>=',
    threshold: 0.9,
    amberBand: 0.03,
    highIsGood: true,
    effectiveGap: 0.005,
    parameterised: true,
    source: {
      document: S1,
      clause: '二（七）',
      text: '使用《广西壮族自治区基本医疗保险、工伤保险和生育保险药品目录》、《广西壮族自治区基本医疗保险和工伤保险医疗服务项目》费用应占总费用的 90% 以上，超出部分由医疗机构自行承担',
    },
    // the settlements both sums run over
    drillDown: periodSettlements({ visitType: 'inpatient', identityCategory: 'registered_poor' }),
  },
  {
    id: 'OVP-1',
    label: label('OVP-1'),
    area: 'rectification',
    measure: 'rate',
    numerator: {
      zh: '重点救助对象期内结算的基本医保、大病保险、医疗救助支付之和；重点救助对象及适用的就诊类型取统筹地区当年已批准参数的 过度保障控制 设定（guards.reimbursementCeiling，示例参数：特困、低保、建档立卡、监测对象的住院），无已批准参数的统筹地区不计',
      en: 'Basic + critical-illness + medical-aid payments of key aid recipients’ settlements in the period; who is a key aid recipient and which visit types count are the pooling region’s approved parameters for the year (guards.reimbursementCeiling; the example: tekun, dibao, registered poor and monitored persons, inpatient care); pooling regions without approved parameters are left out',
    },
    denominator: { zh: '同一批结算的政策范围内费用', en: 'The same settlements’ in-policy cost' },
    comparator: '<=',
    threshold: 0.95,
    amberBand: 0.01,
    highIsGood: false,
    effectiveGap: 0.005,
    parameterised: true,
    source: { document: S3, clause: '四', text: '原则上重点救助对象三重保障制度保障后政策范围内住院费用报销比例控制在95%以内,防止脱离实际的过度保障' },
    // the settlements both sums run over: under their pooling region's ceiling by its approved parameters of the year
    // (the settlements list's keyAidIn decides with the same parameters and rule as the figure)
    drillDown: periodSettlements({ keyAidIn: '{year}' }),
  },
  {
    id: 'OVP-2',
    label: label('OVP-2'),
    area: 'rectification',
    measure: 'count',
    numerator: { zh: '期内结算中带“个人零自付”（zero_oop）标记的笔数', en: 'Settlements in the period flagged zero out-of-pocket (zero_oop)' },
    denominator: { zh: '期内结算笔数', en: 'Settlements in the period' },
    comparator: '<=',
    threshold: 0,
    amberBand: 0,
    highIsGood: false,
    effectiveGap: 0,
    parameterised: false,
    source: { document: S4, clause: '五', text: '实行个人零缴费或零自付、突破基本医保目录范围、脱离实际不可持续的，要及时纠正，立行立改' },
    // the numerator's records
    drillDown: periodSettlements({ flag: 'zero_oop' }),
  },
  {
    id: 'MON-1',
    label: label('MON-1'),
    area: 'monitoring',
    measure: 'rate',
    numerator: {
      zh: '期内办结（清零或核实排除）的高额医疗费用预警',
      en: 'High-cost warnings finished (cleared or dismissed) in the period',
    },
    denominator: {
      zh: '期内办结的预警，加上所处环节（待核实10日、待帮扶15日、待清零30日）期限落在期内且至运行时已逾期未办的预警',
      en: 'Warnings finished in the period, plus those whose current stage’s deadline (10, 15, 30 days) fell in the period and had passed at the run',
    },
    comparator: '>=',
    threshold: 1,
    amberBand: 0.05,
    highIsGood: true,
    effectiveGap: 0.01,
    parameterised: false,
    source: { document: S3, clause: '三', text: '按照“发现一户、监测一户、帮扶一户、动态清零一户”的要求,健全监测程序' },
    // the complement: warnings finished in the period late at any stage they passed, and those whose stage deadline fell
    // in the period and is passed (the list's `lateIn`: the same judgement over the workflow history as the indicator's)
    drillDown: { resource: 'cost-warnings', filter: { scope: '{regionCode}', lateIn: '{period}' }, shows: 'complement' },
  },
];
