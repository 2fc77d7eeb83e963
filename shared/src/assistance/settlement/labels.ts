import type { SettlementStep } from '../codes';

/** The rule text each trace step cites, and money/ratio display (the code labels are in ../codes.ts). */

/** The rule each step applies, with its source (static text, so the trace costs no formatting). */
export const STEP_RULES: Record<SettlementStep, string> = {
  basic_deductible: '基本医保起付线按年度计算，以本年累计政策范围内费用抵扣（DOMAIN §3 第1步）',
  basic_ratio: '基本医保支付 =（政策范围内费用 − 起付线）× 医院等级和就诊类型对应的支付比例（DOMAIN §3 第1步）',
  basic_out_of_county: '县外就医按参数降低基本医保支付比例（DOMAIN §3）',
  basic_cap: '基本医保支付不超过年度最高支付限额的剩余额度（DOMAIN §3 第1步）',
  ci_deductible: '大病保险对经基本医保后的政策范围内个人累计负担超过起付线的部分支付（DOMAIN §3 第2步）',
  ci_tilt_deductible: '困难群体大病保险起付线降低50%（S4 医保发〔2019〕57号 §四）',
  ci_segment: '大病保险按累计负担分段支付，各段比例不低于60%（S0 辽医保〔2019〕8号 §二(一)）',
  ci_tilt_ratio: '困难群体大病保险支付比例提高5个百分点（S4 医保发〔2019〕57号 §四）',
  ci_cap: '大病保险支付不超过年度最高支付限额；困难群体取消封顶线（S4 医保发〔2019〕57号 §四）',
  aid_category: '多重身份按待遇最高的一种身份救助一次，不重复救助（S3 §四 就高不就低）',
  aid_deductible: '医疗救助起付线按年度计算，以经基本医保、大病保险后的政策范围内个人累计负担抵扣（DOMAIN §3 第3步）',
  aid_ratio: '医疗救助 =（政策范围内个人负担 − 起付线）× 身份类别救助比例（DOMAIN §3 第3步，S0 §二(二)）',
  aid_limit: '医疗救助不超过年度救助限额的剩余额度（DOMAIN §3 第3步）',
  guard_reimbursement_ceiling: '重点救助对象经三重制度保障后政策范围内报销比例控制在95%以内，超出部分核减医疗救助（S3 §四）',
  guard_oop_cap: '建档立卡贫困患者个人自付住院不高于总费用10%、门诊特慢病不高于20%（S1 桂医保发〔2019〕14号 §二(六)）',
  guard_in_catalogue: '贫困患者住院目录内费用应占总费用90%以上，超出部分由医疗机构承担（S1 桂医保发〔2019〕14号 §二(七)）',
  out_of_pocket: '个人自付 = 总费用 − 基本医保 − 大病保险 − 医疗救助 − 其他保障（DOMAIN §3 第4步）',
};

/** 123456 → "1234.56元" (display only). */
export function formatFen(fen: number): string {
  if (fen === Infinity) return '不限';
  const neg = fen < 0;
  const abs = neg ? -fen : fen;
  const cents = abs % 100;
  return `${neg ? '-' : ''}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}元`;
}

/** 6250 → "62.5%" (display only; the division never touches money). */
export function formatBp(bp: number): string {
  return `${bp / 100}%`;
}
