import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { childCodeLength, ENROLLMENT_TARGETS, EnrollmentRateItem, EnrollmentRates, IDENTITY_CATEGORIES, IDENTITY_CATEGORY_LABELS } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { requestedRegion } from '../../../common/region-scope';
import { RegionsService } from '../../../platform/regions/regions.service';
import { countsByCounty, pick, rollUp, withRate, zeroCounts } from '../enrollment-counts/county-rates';

/** 参保率 per child region and identity category, from the kept enrollment counts. */
@Injectable()
export class EnrollmentRatesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly regions: RegionsService,
  ) {}

  /**
   * 参保率 per child region and identity category: enrolled ÷ (persons − valid exclusions), against the
   * targets with their sources (DOMAIN §2). Active ledger entries only.
   */
  async rates(actor: Actor, regionCode: string | undefined, year: number): Promise<EnrollmentRates> {
    const region = requestedRegion(actor, regionCode);
    // children: cities of a province, counties of a city; a county is shown as itself
    const childLength = childCodeLength(region.regionCode);
    const items: EnrollmentRateItem[] = [];
    const byCounty = await countsByCounty(this.ds, region, year);
    for (const category of IDENTITY_CATEGORIES) {
      const byChild = rollUp(pick(byCounty, category), childLength, zeroCounts);
      const target = ENROLLMENT_TARGETS[category];
      for (const [code, c] of byChild) {
        const r = withRate(c);
        items.push({
          regionCode: code,
          regionName: null,
          category,
          categoryLabel: IDENTITY_CATEGORY_LABELS[category],
          ...r,
          targetBp: target?.targetBp ?? null,
          targetSource: target?.source ?? null,
          met: target ? r.rateBp !== null && r.rateBp >= target.targetBp : null,
        });
      }
    }
    const names = await this.regions.names([...new Set(items.map((i) => i.regionCode))]);
    for (const i of items) i.regionName = names.get(i.regionCode) ?? null;
    items.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || IDENTITY_CATEGORIES.indexOf(a.category) - IDENTITY_CATEGORIES.indexOf(b.category));
    return { regionCode: region.regionCode, year, items };
  }
}
