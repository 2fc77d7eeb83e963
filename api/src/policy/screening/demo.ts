import type { DemoContext } from '../../platform/seed/seed';
import { FlightCheckDrawsService } from './flight-check-draws/flight-check-draws.service';

/** The published seed of the demo's uniform draw; it draws an institution of 城中区 (and none of 柳江区). */
export const DEMO_RECUSAL_DRAW_SEED = 'lz-2026-flight-check-05';

/**
 * 双随机 draws of the demo, both by 柳州市 over its four inspectors (the two city inspectors, never recused, being nobody's
 * county, and the inspectors of 城中区 and 柳江区):
 * - three institutions, risk-weighted by their open 疑点 (after the screening runs, if any; without 疑点 every weight is
 *   1), two inspectors, with a published seed, and the flight checks planned from it;
 * - two institutions drawn uniformly with a seed that draws one of 城中区 — the demo ledger's size does not change a
 *   uniform draw — so 城中区's inspector is recused (候选 4 人，回避后 3 人) while 柳江区's stays in the pool.
 */
export async function seedFlightCheckDrawActivity(demo: DemoContext): Promise<void> {
  const draws = demo.get(FlightCheckDrawsService);
  const city = demo.as('lz_city');
  const draw = await draws.create(city, { regionCode: '450200', institutionCount: 3, inspectorCount: 2, weighting: 'risk', seed: 'lz-2026-flight-check-01' });
  await draws.createInspections(city, draw.id, { plannedFrom: '2026-11-16', plannedTo: '2026-11-20', noticeNo: '柳医保函〔2026〕58号' });
  await draws.create(city, { regionCode: '450200', institutionCount: 2, inspectorCount: 2, weighting: 'uniform', seed: DEMO_RECUSAL_DRAW_SEED });
}
