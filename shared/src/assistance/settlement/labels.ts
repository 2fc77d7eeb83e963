import { defineCodes, type CodeLocale, type CodeOf } from '../../codes';
import { formatMoney, renderNote, type Note } from '../../notes';
import type { SettlementStep } from '../codes';

/**
 * What a trace step says, as codes the admin renders in either language (../../notes.ts): the rule each
 * step applies with the policy document it comes from (by step), and the note with this case's figures (by
 * note code + params). The calculator also keeps the zh text of both in `rule` / `note` for the API's
 * consumers and exports. The code labels of steps, visit types… are in ../codes.ts.
 *
 * Documents: S0 辽医保〔2019〕8号; S1 桂医保发〔2019〕14号 (forwarded by 柳医保发〔2019〕6号); S3 the 2023
 * five-department notice on the transition period; S4 医保发〔2019〕57号. Basic insurance follows the pooling
 * region's own yearly rules: those steps cite the parameter set, whose every figure cites its document.
 */
export const SETTLEMENT_RULE_CODES = defineCodes({
  basic_deductible: {
    zh: '基本医保起付线按年度计算，以本年累计政策范围内费用抵扣（本统筹地区年度基本医保政策参数）',
    en: "The basic-insurance deductible is yearly, met by the year's cumulative in-policy cost (the pooling region's yearly basic-insurance parameters)",
  },
  basic_ratio: {
    zh: '基本医保支付 =（政策范围内费用 − 起付线）× 医院等级和就诊类型对应的支付比例（本统筹地区年度基本医保政策参数）',
    en: "Basic insurance pays (in-policy cost − deductible) × the ratio for the visit type and hospital level (the pooling region's yearly basic-insurance parameters)",
  },
  basic_out_of_county: {
    zh: '县外就医按参数降低基本医保支付比例（本统筹地区年度基本医保政策参数）',
    en: "Treatment outside the county lowers the basic-insurance ratio by the set points (the pooling region's yearly basic-insurance parameters)",
  },
  basic_cap: {
    zh: '基本医保支付不超过年度最高支付限额的剩余额度（本统筹地区年度基本医保政策参数）',
    en: "Basic insurance pays no more than what is left of its annual cap (the pooling region's yearly basic-insurance parameters)",
  },
  ci_deductible: {
    zh: '大病保险对经基本医保后的政策范围内个人累计负担超过起付线的部分支付（S0 辽医保〔2019〕8号 §二(一)）',
    en: 'Critical-illness insurance pays on the cumulative in-policy burden after basic insurance above its deductible (S0 辽医保〔2019〕8号 §2(1))',
  },
  ci_tilt_deductible: {
    zh: '困难群体大病保险起付线降低50%（S4 医保发〔2019〕57号 §四）',
    en: 'For people in need the critical-illness deductible is halved (S4 医保发〔2019〕57号 §4)',
  },
  ci_segment: {
    zh: '大病保险按累计负担分段支付，各段比例不低于60%（S0 辽医保〔2019〕8号 §二(一)）',
    en: 'Critical-illness insurance pays by segments of the cumulative burden, each at 60% or more (S0 辽医保〔2019〕8号 §2(1))',
  },
  ci_tilt_ratio: {
    zh: '困难群体大病保险支付比例提高5个百分点（S4 医保发〔2019〕57号 §四）',
    en: 'For people in need every critical-illness ratio is 5 points higher (S4 医保发〔2019〕57号 §4)',
  },
  ci_cap: {
    zh: '大病保险支付不超过年度最高支付限额；困难群体取消封顶线（S4 医保发〔2019〕57号 §四）',
    en: 'Critical-illness insurance pays within its annual cap; for people in need there is no cap (S4 医保发〔2019〕57号 §4)',
  },
  aid_category: {
    zh: '多重身份按待遇最高的一种身份救助一次，不重复救助（S3 §四 就高不就低）',
    en: 'A person with several identities is aided once, under the most favourable one, never twice (S3 §4)',
  },
  aid_deductible: {
    zh: '医疗救助起付线按年度计算，以经基本医保、大病保险后的政策范围内个人累计负担抵扣（S0 辽医保〔2019〕8号 §二(二)）',
    en: "The medical-aid deductible is yearly, met by the year's cumulative in-policy burden after basic and critical-illness insurance (S0 辽医保〔2019〕8号 §2(2))",
  },
  aid_ratio: {
    zh: '医疗救助 =（政策范围内个人负担 − 起付线）× 身份类别救助比例（S0 辽医保〔2019〕8号 §二(二)）',
    en: "Medical aid = (in-policy personal burden − deductible) × the identity category's aid ratio (S0 辽医保〔2019〕8号 §2(2))",
  },
  aid_limit: {
    zh: '医疗救助不超过年度救助限额的剩余额度（S0 辽医保〔2019〕8号 §二(二)）',
    en: 'Medical aid pays no more than what is left of its annual limit (S0 辽医保〔2019〕8号 §2(2))',
  },
  guard_reimbursement_ceiling: {
    zh: '重点救助对象经三重制度保障后政策范围内报销比例控制在95%以内，超出部分核减医疗救助（S3 §四）',
    en: 'For key aid recipients in-policy reimbursement after the three systems stays within 95%; any excess is taken off medical aid (S3 §4)',
  },
  guard_oop_cap: {
    zh: '建档立卡贫困患者个人自付住院不高于总费用10%、门诊特慢病不高于20%（S1 桂医保发〔2019〕14号 §二(六)）',
    en: 'Registered poor patients pay at most 10% of the total cost as inpatients and 20% for chronic-disease outpatient care (S1 桂医保发〔2019〕14号 §2(6))',
  },
  guard_in_catalogue: {
    zh: '贫困患者住院目录内费用应占总费用90%以上，超出部分由医疗机构承担（S1 桂医保发〔2019〕14号 §二(七)）',
    en: "In-catalogue cost must be at least 90% of a poor inpatient's total; the hospital bears the excess (S1 桂医保发〔2019〕14号 §2(7))",
  },
  out_of_pocket: {
    zh: '个人自付 = 总费用 − 基本医保 − 大病保险 − 医疗救助 − 其他保障（一站式结算，先保险后救助，S0 辽医保〔2019〕8号）',
    en: 'Out of pocket = total cost − basic insurance − critical illness − medical aid − other schemes (one-stop settlement, insurance before aid, S0 辽医保〔2019〕8号)',
  },
} satisfies Record<SettlementStep, { zh: string; en: string }>);

/** The rule each step applies (zh), with its source. */
export const STEP_RULES: Readonly<Record<SettlementStep, string>> = SETTLEMENT_RULE_CODES.zh;

/** What a step's note says; one code per wording, the figures in params (named as ../../notes.ts reads them). */
export const SETTLEMENT_NOTE_CODES = defineCodes({
  basic_deductible: {
    zh: '{{visitType}}{{hospitalLevel}}医院年度起付线 {{deductibleFen}}，本年此前已累计 {{yearToDateFen}}，本次政策范围内费用 {{inPolicyFen}} 中 {{appliedFen}} 计入起付线',
    en: "{{visitType}} at a {{hospitalLevel}} hospital: yearly deductible {{deductibleFen}}, {{yearToDateFen}} counted earlier this year; {{appliedFen}} of this case's in-policy cost {{inPolicyFen}} goes to the deductible",
  },
  basic_deductible_met: {
    zh: '{{visitType}}{{hospitalLevel}}医院年度起付线 {{deductibleFen}} 已由本年此前 {{settlements}} 次结算的政策范围内费用 {{yearToDateFen}} 达到，本次不再扣除',
    en: '{{visitType}} at a {{hospitalLevel}} hospital: the yearly deductible {{deductibleFen}} was already met by the in-policy cost {{yearToDateFen}} of {{settlements}} earlier settlements this year; nothing is deducted now',
  },
  basic_out_of_county: {
    zh: '县外就医，支付比例 {{ratioBp}} 降低 {{reductionBp}} 为 {{reducedBp}}',
    en: 'Treated outside the county: the ratio {{ratioBp}} is lowered by {{reductionBp}} to {{reducedBp}}',
  },
  basic_ratio: {
    zh: '（{{inPolicyFen}} − {{deductedFen}}）× {{ratioBp}} = {{payableFen}}（分以下舍去）',
    en: '({{inPolicyFen}} − {{deductedFen}}) × {{ratioBp}} = {{payableFen}} (fractions of a fen dropped)',
  },
  basic_cap_none: {
    zh: '未设年度最高支付限额，基本医保支付 {{paidFen}}',
    en: 'No annual cap is set; basic insurance pays {{paidFen}}',
  },
  basic_cap: {
    zh: '年度限额 {{capFen}}，本年已支付 {{usedFen}}，剩余 {{leftFen}}；基本医保支付 {{paidFen}}',
    en: 'Annual cap {{capFen}}, {{usedFen}} paid earlier this year, {{leftFen}} left; basic insurance pays {{paidFen}}',
  },
  basic_cap_trimmed: {
    zh: '年度限额 {{capFen}}，本年已支付 {{usedFen}}，剩余 {{leftFen}}；基本医保支付 {{paidFen}}（限额截去 {{trimmedFen}}）',
    en: 'Annual cap {{capFen}}, {{usedFen}} paid earlier this year, {{leftFen}} left; basic insurance pays {{paidFen}} (the cap cuts {{trimmedFen}})',
  },
  ci_tilt_deductible: {
    zh: '{{category}}：起付线 {{deductibleFen}} 降低 {{reductionBp}} 为 {{loweredFen}}',
    en: '{{category}}: the deductible {{deductibleFen}} is lowered by {{reductionBp}} to {{loweredFen}}',
  },
  ci_deductible: {
    zh: '经基本医保后政策范围内个人累计负担由 {{fromFen}} 增至 {{toFen}}；年度起付线 {{deductibleFen}}，本次 {{appliedFen}} 计入起付线',
    en: 'The cumulative in-policy burden after basic insurance rises from {{fromFen}} to {{toFen}}; yearly deductible {{deductibleFen}}, {{appliedFen}} of this case goes to it',
  },
  ci_deductible_below: {
    zh: '经基本医保后政策范围内个人累计负担由 {{fromFen}} 增至 {{toFen}}；年度起付线 {{deductibleFen}}，本次 {{appliedFen}} 计入起付线，未超过起付线',
    en: 'The cumulative in-policy burden after basic insurance rises from {{fromFen}} to {{toFen}}; yearly deductible {{deductibleFen}}, {{appliedFen}} of this case goes to it and the deductible is not exceeded',
  },
  ci_segment: {
    zh: '累计负担 {{fromFen}}–{{toFen}} 段（本段 {{segmentFromFen}} 至 {{segmentToFen}}）{{baseFen}} × {{ratioBp}} = {{paidFen}}',
    en: 'Cumulative burden {{fromFen}}–{{toFen}} (segment {{segmentFromFen}} to {{segmentToFen}}): {{baseFen}} × {{ratioBp}} = {{paidFen}}',
  },
  ci_segment_min: {
    zh: '累计负担 {{fromFen}}–{{toFen}} 段（本段 {{segmentFromFen}} 至 {{segmentToFen}}）{{baseFen}} × {{ratioBp}}（段比例 {{segmentBp}} 低于最低比例，按 {{minimumBp}}） = {{paidFen}}',
    en: 'Cumulative burden {{fromFen}}–{{toFen}} (segment {{segmentFromFen}} to {{segmentToFen}}): {{baseFen}} × {{ratioBp}} (the segment ratio {{segmentBp}} is below the minimum, {{minimumBp}} applies) = {{paidFen}}',
  },
  ci_segment_tilt: {
    zh: '累计负担 {{fromFen}}–{{toFen}} 段（本段 {{segmentFromFen}} 至 {{segmentToFen}}）{{baseFen}} × {{ratioBp}}（含倾斜 +{{bonusBp}}） = {{paidFen}}',
    en: 'Cumulative burden {{fromFen}}–{{toFen}} (segment {{segmentFromFen}} to {{segmentToFen}}): {{baseFen}} × {{ratioBp}} (tilt +{{bonusBp}} included) = {{paidFen}}',
  },
  ci_segment_min_tilt: {
    zh: '累计负担 {{fromFen}}–{{toFen}} 段（本段 {{segmentFromFen}} 至 {{segmentToFen}}）{{baseFen}} × {{ratioBp}}（段比例 {{segmentBp}} 低于最低比例，按 {{minimumBp}}）（含倾斜 +{{bonusBp}}） = {{paidFen}}',
    en: 'Cumulative burden {{fromFen}}–{{toFen}} (segment {{segmentFromFen}} to {{segmentToFen}}): {{baseFen}} × {{ratioBp}} (the segment ratio {{segmentBp}} is below the minimum, {{minimumBp}} applies; tilt +{{bonusBp}} included) = {{paidFen}}',
  },
  ci_tilt_ratio: {
    zh: '{{category}}：各段支付比例提高 {{bonusBp}}，本次因此多支付 {{bonusPaidFen}}',
    en: '{{category}}: every segment ratio is {{bonusBp}} higher, which pays {{bonusPaidFen}} more in this case',
  },
  ci_cap_removed: {
    zh: '{{category}}取消封顶线，大病保险支付 {{paidFen}}',
    en: '{{category}}: no cap; critical-illness insurance pays {{paidFen}}',
  },
  ci_cap_removed_over: {
    zh: '{{category}}取消封顶线，大病保险支付 {{paidFen}}（超过一般封顶线 {{capFen}} 的部分照付）',
    en: '{{category}}: no cap; critical-illness insurance pays {{paidFen}} (what exceeds the general cap {{capFen}} is paid as well)',
  },
  ci_cap_none: {
    zh: '未设年度最高支付限额，大病保险支付 {{paidFen}}',
    en: 'No annual cap is set; critical-illness insurance pays {{paidFen}}',
  },
  ci_cap: {
    zh: '年度限额 {{capFen}}，本年已支付 {{usedFen}}，剩余 {{leftFen}}；大病保险支付 {{paidFen}}',
    en: 'Annual cap {{capFen}}, {{usedFen}} paid earlier this year, {{leftFen}} left; critical-illness insurance pays {{paidFen}}',
  },
  ci_cap_trimmed: {
    zh: '年度限额 {{capFen}}，本年已支付 {{usedFen}}，剩余 {{leftFen}}；大病保险支付 {{paidFen}}（限额截去 {{trimmedFen}}）',
    en: 'Annual cap {{capFen}}, {{usedFen}} paid earlier this year, {{leftFen}} left; critical-illness insurance pays {{paidFen}} (the cap cuts {{trimmedFen}})',
  },
  aid_none: {
    zh: '无困难群体身份，医疗救助不支付',
    en: 'No identity of a group in need: medical aid pays nothing',
  },
  aid_none_local: {
    zh: '所持身份均不在本地医疗救助范围内，医疗救助不支付',
    en: "None of the person's identities is covered by local medical aid: it pays nothing",
  },
  aid_category: {
    zh: '按 {{category}} 救助',
    en: 'Aided as {{category}}',
  },
  aid_category_highest: {
    zh: '按 {{category}} 救助（各身份可得：{{candidates}}，取最高者一次）',
    en: 'Aided as {{category}} (each identity would get: {{candidates}}; the highest, once)',
  },
  aid_deductible: {
    zh: '经基本医保、大病保险后本次政策范围内个人负担 {{baseFen}}，本年此前累计 {{yearToDateFen}}；年度起付线 {{deductibleFen}}，本次 {{appliedFen}} 计入起付线',
    en: 'In-policy burden after basic and critical-illness insurance {{baseFen}}, {{yearToDateFen}} earlier this year; yearly deductible {{deductibleFen}}, {{appliedFen}} of this case goes to it',
  },
  aid_ratio: {
    zh: '（{{baseFen}} − {{deductedFen}}）× {{ratioBp}} = {{payableFen}}（分以下舍去）',
    en: '({{baseFen}} − {{deductedFen}}) × {{ratioBp}} = {{payableFen}} (fractions of a fen dropped)',
  },
  aid_limit: {
    zh: '年度救助限额 {{limitFen}}，本年已救助 {{usedFen}}，剩余 {{leftFen}}；医疗救助 {{paidFen}}',
    en: 'Annual aid limit {{limitFen}}, {{usedFen}} aided earlier this year, {{leftFen}} left; medical aid {{paidFen}}',
  },
  aid_limit_trimmed: {
    zh: '年度救助限额 {{limitFen}}，本年已救助 {{usedFen}}，剩余 {{leftFen}}；医疗救助 {{paidFen}}（限额截去 {{trimmedFen}}）',
    en: 'Annual aid limit {{limitFen}}, {{usedFen}} aided earlier this year, {{leftFen}} left; medical aid {{paidFen}} (the limit cuts {{trimmedFen}})',
  },
  ceiling_trimmed: {
    zh: '三重制度合计 {{threeFen}} 超过政策范围内费用 {{inPolicyFen}} 的 {{ceilingBp}}（{{ceilingFen}}），核减医疗救助 {{trimmedFen}}',
    en: 'The three systems pay {{threeFen}}, more than {{ceilingBp}} of the in-policy cost {{inPolicyFen}} ({{ceilingFen}}): medical aid is cut by {{trimmedFen}}',
  },
  ceiling_within: {
    zh: '三重制度合计 {{threeFen}}，未超过政策范围内费用的 {{ceilingBp}}（{{ceilingFen}}）',
    en: 'The three systems pay {{threeFen}}, within {{ceilingBp}} of the in-policy cost ({{ceilingFen}})',
  },
  oop_topped_up: {
    zh: '个人自付 {{oopFen}} 超过总费用 {{totalFen}} 的 {{capBp}}（{{ceilingFen}}），其他保障（兜底）支付 {{otherFen}}',
    en: 'Out of pocket {{oopFen}} exceeds {{capBp}} of the total cost {{totalFen}} ({{ceilingFen}}): other schemes (safety net) pay {{otherFen}}',
  },
  oop_over_no_top_up: {
    zh: '个人自付 {{oopFen}} 超过总费用的 {{capBp}}（{{ceilingFen}}）；本年度政策参数未设兜底支付，仅预警',
    en: "Out of pocket {{oopFen}} exceeds {{capBp}} of the total cost ({{ceilingFen}}); this year's parameters set no safety-net payment, so it is only flagged",
  },
  oop_within: {
    zh: '个人自付 {{oopFen}} 未超过总费用的 {{capBp}}（{{ceilingFen}}）',
    en: 'Out of pocket {{oopFen}} is within {{capBp}} of the total cost ({{ceilingFen}})',
  },
  catalogue_below: {
    zh: '目录内费用 {{inCatalogueFen}} 占总费用 {{shareBp}}，低于 {{minimumBp}}；超出部分 {{excessFen}} 应由医疗机构承担（医保与医院间处理，不改变本结算各项金额）',
    en: 'In-catalogue cost {{inCatalogueFen}} is {{shareBp}} of the total, below {{minimumBp}}; the excess {{excessFen}} is borne by the hospital (settled between the fund and the hospital; no amount of this settlement changes)',
  },
  catalogue_ok: {
    zh: '目录内费用占总费用 {{shareBp}}，不低于 {{minimumBp}}',
    en: 'In-catalogue cost is {{shareBp}} of the total, not below {{minimumBp}}',
  },
  out_of_pocket: {
    zh: '{{totalFen}} − {{basicFen}} − {{criticalIllnessFen}} − {{aidFen}} − {{otherFen}} = {{oopFen}}（其中政策范围外费用 {{outOfPolicyFen}}）',
    en: '{{totalFen}} − {{basicFen}} − {{criticalIllnessFen}} − {{aidFen}} − {{otherFen}} = {{oopFen}} (of which out-of-policy cost {{outOfPolicyFen}})',
  },
});
export type SettlementNoteCode = CodeOf<typeof SETTLEMENT_NOTE_CODES>;
export type SettlementNote = Note<SettlementNoteCode>;

/** The source the aid step cites for the choice of identity (a fixed clause, not a parameter). */
export const AID_CATEGORY_SOURCE = defineCodes({
  highest_once: {
    zh: 'S3 §四：具有多重救助对象身份的，待遇就高不就低，避免重复救助',
    en: 'S3 §4: a person with several aid identities gets the most favourable benefit, never twice',
  },
});

/** A step's note in one language (zh is also what the calculator stores in `note`). */
export function settlementNoteText(note: Note, locale: CodeLocale): string {
  return renderNote(SETTLEMENT_NOTE_CODES, note, locale);
}

/** A step's rule in one language. */
export function settlementRuleText(step: string, locale: CodeLocale): string {
  return SETTLEMENT_RULE_CODES.is(step) ? SETTLEMENT_RULE_CODES[locale][step] : step;
}

/** 123456 → "1234.56元" (display only). */
export function formatFen(fen: number): string {
  return formatMoney(fen, 'zh');
}

/** 6250 → "62.5%" (display only; the division never touches money). */
export function formatBp(bp: number): string {
  return `${bp / 100}%`;
}
