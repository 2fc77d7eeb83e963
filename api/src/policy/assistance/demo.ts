import type { EntityManager } from 'typeorm';
import { EXAMPLE_PARAMETERS_LIUZHOU_2026, PolicyParameters } from '@yibao/shared';
import { approvedDemoSet } from '../../platform/seed/seed';
import type { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { PolicyParameterSet } from './policy-parameters/policy-parameter-set.entity';

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

/** 三重制度's demo data, written with the demo accounts: the policy parameter sets, approved. */
export async function seedAssistanceDemo(em: EntityManager, audit: AuditLogService, now: Date): Promise<void> {
  const parameters = demoPolicyParameters();
  await em.insert(
    PolicyParameterSet,
    parameters.map((p) => ({ regionCode: p.regionCode, year: p.year, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo, ...approvedDemoSet(p, now) })),
  );
  await audit.append(
    em,
    { username: 'system', ip: null },
    { action: 'seed', resource: 'policy-parameters', after: parameters.map((p) => `${p.regionCode}/${p.year}`) },
  );
}
