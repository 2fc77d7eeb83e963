import { EXAMPLE_PARAMETERS_LIUZHOU_2026, phaseOutScheduleFen, PolicyParameters, SubsidyStandards } from '@yibao/shared';

/**
 * Demo policy parameters: 柳州市 (450200) and 桂林市 (450300), 2025 and 2026. Built from the example set in
 * shared/ (its figures are marked 示例取值 in their sources); 2025 pays two points less on inpatient care
 * and has a lower basic cap, so the editor's "diff against last year" has something to show.
 */
export function demoPolicyParameters(): PolicyParameters[] {
  const variants: Array<[string, string, number]> = [
    ['450200', '柳州市', 2025],
    ['450200', '柳州市', 2026],
    ['450300', '桂林市', 2025],
    ['450300', '桂林市', 2026],
  ];
  return variants.map(([regionCode, cityName, year]) => {
    const text = JSON.stringify(EXAMPLE_PARAMETERS_LIUZHOU_2026).replaceAll('柳州市', cityName).replaceAll('2026年度', `${year}年度`);
    const doc = JSON.parse(text) as PolicyParameters;
    doc.regionCode = regionCode;
    doc.year = year;
    doc.effectiveFrom = `${year}-01-01`;
    doc.effectiveTo = `${year}-12-31`;
    if (year === 2025) {
      for (const level of Object.values(doc.basic.ratioBp.inpatient)) level.value -= 200;
      doc.basic.annualCap.value = 20_000_000;
      doc.basic.annualCap.source = doc.basic.annualCap.source.replace('25万元', '20万元');
    }
    return doc;
  });
}

/**
 * Demo subsidy standards (资助参保标准) for the same cities and years. S3 fixes the structure, never the
 * amounts, so every figure here is an example value (示例取值) in the range Guangxi cities use: the
 * personal contribution of the year, 低保 fixed subsidy, the 稳定脱贫 phase-out over three years (100%, 70%,
 * 40% of the fixed amount), and a temporary subsidy for 低保边缘 people below the 稳定脱贫 amount.
 */
export function demoSubsidyStandards(): SubsidyStandards[] {
  const out: SubsidyStandards[] = [];
  for (const [code, city] of [['450200', '柳州市'], ['450300', '桂林市']] as const) {
    for (const year of [2025, 2026]) {
      const doc = `${city}医疗保障局 ${year} 年度城乡居民医保资助参保通知（示例取值）`;
      const contribution = year === 2025 ? 40_000 : 42_000;
      const fixed = year === 2025 ? 20_000 : 22_000;
      out.push({
        poolingRegionCode: code,
        year,
        personalContribution: { fen: contribution, source: `国家医保局等关于做好${year}年城乡居民基本医疗保障工作的通知；${doc} 第一条` },
        dibaoFixed: { fen: fixed, source: `${doc} 第二条（低保对象、监测对象定额资助）` },
        stablePhaseOut: { fen: phaseOutScheduleFen(fixed, [10_000, 7_000, 4_000]), source: `${doc} 第三条（稳定脱贫人口定额资助，三年渐退）` },
        temporary: { fen: 10_000, source: `${doc} 第四条（低保边缘对象临时性资助）` },
        temporaryCap: null,
      });
    }
  }
  return out;
}
