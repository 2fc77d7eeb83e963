import { EXAMPLE_PARAMETERS_LIUZHOU_2026, PolicyParameters } from '@yibao/shared';

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
