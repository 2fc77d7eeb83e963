import type { DemoContext } from '../../platform/seed/seed';
import { FlightCheckDrawsService } from './flight-check-draws/flight-check-draws.service';

/**
 * 双随机 draw of the demo: 柳州市 draws three institutions, risk-weighted by their open 疑点 (after the screening runs, if
 * any; without 疑点 every weight is 1), and two inspectors (柳州's two city inspectors, lz_inspector and lz_inspector2 —
 * never recused, being nobody's county), with a published seed, and plans the flight checks from it.
 */
export async function seedFlightCheckDrawActivity(demo: DemoContext): Promise<void> {
  const draws = demo.get(FlightCheckDrawsService);
  const city = demo.as('lz_city');
  const draw = await draws.create(city, { regionCode: '450200', institutionCount: 3, inspectorCount: 2, weighting: 'risk', seed: 'lz-2026-flight-check-01' });
  await draws.createInspections(city, draw.id, { plannedFrom: '2026-11-16', plannedTo: '2026-11-20', noticeNo: '柳医保函〔2026〕58号' });
}
