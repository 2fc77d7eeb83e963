import type { IdentityCategory } from '../../enrollment/codes';
import { KEY_AID_RECIPIENTS, type HospitalLevel } from '../codes';
import { ILLUSTRATIVE } from '../../documents';
import { DEFAULT_EARLY_WARNING_THRESHOLD_FEN, type MedicalAidCategoryParameters, type PolicyParameters, type SourcedValue } from './types';

const sv = <T>(value: T, source: string): SourcedValue<T> => ({ value, source });
const LZ_BASIC = `柳州市城乡居民基本医疗保险待遇标准（2026年度，${ILLUSTRATIVE}）`;
const LZ_CI = `广西城乡居民大病保险实施办法（2026年度，${ILLUSTRATIVE}）`;
const LZ_AID = `柳州市重特大疾病医疗保险和救助制度实施细则（2026年度，${ILLUSTRATIVE}；按国办发〔2021〕42号分类救助）`;
const S4_TILT = 'S4 医保发〔2019〕57号 §四：对贫困人口起付线降低50%、支付比例提高5个百分点，全面取消封顶线';
const KEY_AID: IdentityCategory[] = [...KEY_AID_RECIPIENTS];
const aidEntry = (ratioBp: number, limitYuan: number, deductibleYuan: number, note: string): MedicalAidCategoryParameters => ({
  ratioBp: sv(ratioBp, `${LZ_AID}：${note}`),
  annualLimit: sv(limitYuan * 100, `${LZ_AID}：年度救助限额`),
  deductible: sv(deductibleYuan * 100, `${LZ_AID}：${deductibleYuan ? '起付标准约为上年居民人均可支配收入的一定比例' : '不设起付标准'}`),
});
const levels = (primary: number, secondary: number, tertiary: number, source: string): Record<HospitalLevel, SourcedValue<number>> => ({
  primary: sv(primary, source),
  secondary: sv(secondary, source),
  tertiary: sv(tertiary, source),
});

/**
 * 柳州市 (450200) 2026: plausible figures, each with its source. The figures 桂医保发〔2019〕14号 sets (the
 * OOP and in-catalogue guards) and the national 医保发〔2019〕57号 sets (the 大病 tilt) cite them; every other
 * figure says plainly that it is illustrative (示例取值，非政策规定). No figure cites another province's document
 * (documents.ts). Tests and the demo seed use it.
 */
export const EXAMPLE_PARAMETERS_LIUZHOU_2026: PolicyParameters = {
  regionCode: '450200',
  year: 2026,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  basic: {
    deductible: {
      outpatient: levels(0, 0, 0, `${LZ_BASIC}：普通门诊统筹不设起付线`),
      chronic_outpatient: levels(0, 0, 0, `${LZ_BASIC}：门诊特慢病不设起付线`),
      inpatient: levels(20_000, 50_000, 100_000, `${LZ_BASIC}：住院起付线一级200元、二级500元、三级1000元（按年度累计）`),
    },
    ratioBp: {
      outpatient: levels(5500, 5000, 4000, `${LZ_BASIC}：普通门诊统筹支付比例`),
      chronic_outpatient: levels(8000, 7500, 7000, `${LZ_BASIC}：门诊特慢病支付比例`),
      inpatient: levels(9000, 8000, 6500, `${LZ_BASIC}：住院支付比例一级90%、二级80%、三级65%`),
    },
    outOfCountyRatioReductionBp: sv(500, `${LZ_BASIC}：县外就医支付比例降低5个百分点`),
    annualCap: sv(25_000_000, `${LZ_BASIC}：统筹基金年度最高支付限额25万元`),
  },
  criticalIllness: {
    deductible: sv(1_500_000, `${LZ_CI}：起付线1.5万元（约上年居民人均可支配收入的50%）`),
    segments: [
      { upToFen: 5_000_000, ratioBp: 6000, source: `${LZ_CI}：起付线以上至5万元部分支付60%` },
      { upToFen: 10_000_000, ratioBp: 7000, source: `${LZ_CI}：5万元以上至10万元部分支付70%` },
      { upToFen: null, ratioBp: 8000, source: `${LZ_CI}：10万元以上部分支付80%` },
    ],
    minRatioBp: sv(6000, `${LZ_CI}：大病保险各段支付比例不低于60%`),
    annualCap: sv(40_000_000, `${LZ_CI}：年度最高支付限额40万元`),
    tilt: {
      categories: sv(
        ['registered_poor', 'urban_tekun', 'rural_tekun', 'urban_dibao', 'rural_dibao'],
        `${S4_TILT}；国办发〔2021〕42号延及特困人员、低保对象、返贫致贫人口（${ILLUSTRATIVE}）`,
      ),
      deductibleReductionBp: sv(5000, S4_TILT),
      ratioBonusBp: sv(500, S4_TILT),
      removeCap: sv(true, S4_TILT),
    },
  },
  medicalAid: {
    byCategory: {
      urban_tekun: aidEntry(9000, 60_000, 0, '特困人员救助比例90%'),
      rural_tekun: aidEntry(9000, 60_000, 0, '特困人员救助比例90%'),
      urban_dibao: aidEntry(7000, 50_000, 0, '低保对象救助比例70%'),
      rural_dibao: aidEntry(7000, 50_000, 0, '低保对象救助比例70%'),
      registered_poor: aidEntry(6500, 50_000, 0, '年度限额内重特大疾病救助比例65%'),
      monitored_unstable: aidEntry(6500, 50_000, 0, '监测对象过渡期内参照低保对象救助'),
      monitored_marginal: aidEntry(6500, 50_000, 0, '监测对象过渡期内参照低保对象救助'),
      monitored_sudden: aidEntry(6500, 50_000, 0, '监测对象过渡期内参照低保对象救助'),
      dibao_marginal: aidEntry(6000, 30_000, 3_500, '低保边缘对象救助比例60%'),
      urban_low_income: aidEntry(6000, 30_000, 3_500, '低收入对象救助比例60%'),
      rural_low_income: aidEntry(6000, 30_000, 3_500, '低收入对象救助比例60%'),
      rural_other_hardship: aidEntry(5000, 20_000, 8_500, '其他困难群体（因病致贫重病患者）救助比例50%'),
    },
  },
  guards: {
    oopCap: {
      categories: sv(['registered_poor'], 'S1 桂医保发〔2019〕14号 §二(六)：建档立卡贫困患者'),
      maxShareBp: {
        inpatient: sv(1000, 'S1 桂医保发〔2019〕14号 §二(六)：个人自付费用不高于住院医疗费用总额的10%'),
        chronic_outpatient: sv(2000, 'S1 桂医保发〔2019〕14号 §二(六)：门诊特殊慢性病个人自付费用不高于门诊医疗费用总额20%'),
      },
      inCountyOnly: sv(true, 'S1 桂医保发〔2019〕14号 §二(六)：在县域内定点医疗机构就医结算时'),
      topUp: sv(false, `S4 医保发〔2019〕57号 §五：三重制度外的兜底保障已平稳过渡到三重制度内，2026年仅监测不兜底（${ILLUSTRATIVE}）`),
    },
    inCatalogue: {
      categories: sv(['registered_poor'], 'S1 桂医保发〔2019〕14号 §二(七)：建档立卡贫困患者'),
      visitTypes: sv(['inpatient'], 'S1 桂医保发〔2019〕14号 §二(七)：住院医疗费用'),
      minShareBp: sv(9000, 'S1 桂医保发〔2019〕14号 §二(七)：目录内费用应占总费用的90%以上，超出部分由医疗机构自行承担'),
    },
    reimbursementCeiling: {
      categories: sv(KEY_AID, `重点救助对象：特困人员、低保对象、返贫致贫人口及监测对象（${ILLUSTRATIVE}）`),
      visitTypes: sv(['inpatient'], `政策范围内住院费用（${ILLUSTRATIVE}）`),
      maxBp: sv(9500, `重点救助对象三重制度保障后政策范围内住院费用报销比例控制在95%以内（${ILLUSTRATIVE}）`),
    },
  },
  earlyWarning: {
    thresholdFen: sv(DEFAULT_EARLY_WARNING_THRESHOLD_FEN, `高额医疗费用监测预警线按2020年脱贫标准的50%（2000元）设定（${ILLUSTRATIVE}）`),
    categories: sv(
      ['dibao_marginal', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden'],
      `监测低保边缘对象和农村易返贫致贫人口（${ILLUSTRATIVE}）`,
    ),
  },
};
