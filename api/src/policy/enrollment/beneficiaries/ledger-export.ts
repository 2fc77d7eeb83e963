import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { streamWorkbook } from '../../../common/xlsx';
import type { RegionsService } from '../../../platform/regions/regions.service';
import { Beneficiary } from './beneficiary.entity';
import { Enrollment } from '../enrollments/enrollment.entity';
import { addLedgerRow, ledgerSheet } from './ledger.workbook';

const BATCH = 2000;

/**
 * Streams the ledger of a region for a year, keyset-paged by id so a province-sized export neither sits in
 * memory nor slows down with OFFSET. ID numbers masked unless `full` (a separate permission, audited with the
 * row count by the caller). Columns 19–36 (visits and payments) stay empty until settlements are recorded.
 */
export async function streamLedger(ds: DataSource, regions: RegionsService, region: RegionScope, year: number, full: boolean, res: Response): Promise<number> {
  const regionName = await regions.name(region.regionCode);
  let rows = 0;
  await streamWorkbook(res, `${regionName ?? region.regionCode}${year}年医疗保障扶贫综合管理台账${full ? '（完整身份证号）' : ''}.xlsx`, async (wb) => {
    const ws = ledgerSheet(wb);
    let after = 0;
    for (;;) {
      const people = await scopeQuery(ds.getRepository(Beneficiary).createQueryBuilder('b'), region)
        .andWhere('b.id > :after', { after })
        .andWhere("b.status = 'active'")
        .orderBy('b.id', 'ASC')
        .limit(BATCH)
        .getMany();
      if (!people.length) break;
      const names = await regions.names(people.flatMap((p) => [p.poolingRegionCode, p.regionCode]));
      const enrollments = new Map(
        (await ds.getRepository(Enrollment).find({ where: { beneficiaryId: In(people.map((p) => p.id)), year } })).map((e) => [e.beneficiaryId, e]),
      );
      for (const p of people) {
        addLedgerRow(ws, p, enrollments.get(p.id), names, full);
        rows++;
      }
      after = people[people.length - 1].id;
    }
    ws.commit();
  });
  return rows;
}
