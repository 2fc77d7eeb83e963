import { Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EMPTY_YEAR_TO_DATE, PolicyParameters, SETTLEMENT_INPUT_FIELDS, SettlementRecomputeSummary, SettlementYearToDate } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { RegionScope, requestedRegion, scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateById } from '../../../database/update-by-id';
import { JobProgress, JobsService } from '../../../platform/jobs/jobs.service';
import { PolicyParametersService } from '../policy-parameters/policy-parameters.service';
import { assessSettlement, blockedAt, inputOf, institutionBlocks, recordedTiers, yearToDateKey } from '../settlements/settlement-rows';
import { Settlement } from '../settlements/settlement.entity';

export const SETTLEMENT_RECOMPUTE = 'settlement-recompute';

/** What recompute reads of each settlement: the calculator's input, the recorded tiers, the stored result. */
const RECOMPUTE_COLUMNS = [
  'id',
  'idNumber',
  'poolingRegionCode',
  ...SETTLEMENT_INPUT_FIELDS,
  'paidBasic',
  'paidCriticalIllness',
  'paidMedicalAid',
  'paidOther',
  'paidOutOfPocket',
  'computed',
  'flags',
  // the institution's blocks on that date (the `institution_suspended` flag survives a recompute)
  'institutionCode',
  'settledOn',
] as const;

/** 重算: the settlement calculator re-run over a region's year after a parameter revision, as a background job. */
@Injectable()
export class SettlementRecomputesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly parameters: PolicyParametersService,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ regionCode: string; year: number }, SettlementRecomputeSummary>({
      kind: SETTLEMENT_RECOMPUTE,
      resource: 'settlement-recomputes',
      run: (actor, { regionCode, year }, progress) => this.recompute(actor, RegionScope.of(regionCode), year, progress),
    });
  }

  /** 重算 runs in the background (a province's year is minutes of work): checks the region, answers with the job. */
  start(actor: Actor, regionCode: string | undefined, year: number) {
    return this.jobs.start(actor, SETTLEMENT_RECOMPUTE, { regionCode: requestedRegion(actor, regionCode).regionCode, year });
  }

  /**
   * Re-runs the calculator over a year's settlements (after a parameter revision is approved): per person
   * in recording order, carrying the year so far, and writes back the computed tiers and flags that
   * changed. Pages of 5,000 persons, one transaction each, progress in settlements; pooling regions without
   * approved parameters are skipped and named. Idempotent: a second run finds nothing to change.
   */
  async recompute(actor: Actor, region: RegionScope, year: number, progress: JobProgress): Promise<SettlementRecomputeSummary> {
    const repo = this.ds.getRepository(Settlement);
    const inYear = () => scopeQuery(repo.createQueryBuilder('s'), region).andWhere('s.year = :year', { year });
    const parameters = new Map<string, PolicyParameters | null>();
    const parametersOf = async (pooling: string) => {
      if (!parameters.has(pooling)) {
        try {
          parameters.set(pooling, await this.parameters.parametersFor(actor, pooling, year));
        } catch (e) {
          if (!(e instanceof NotFoundException)) throw e;
          parameters.set(pooling, null);
        }
      }
      return parameters.get(pooling)!;
    };
    const summary: SettlementRecomputeSummary = { year, regionCode: region.regionCode, persons: 0, settlements: 0, changed: 0, flags: {}, skipped: [] };
    const total = await inYear().getCount();
    await progress.report(0, total);
    let processed = 0;
    let after = '';
    for (;;) {
      const page: Array<{ idNumber: string }> = await inYear()
        .select('DISTINCT s.idNumber', 'idNumber')
        .andWhere('s.idNumber > :after', { after })
        .orderBy('s.idNumber')
        .limit(5000)
        .getRawMany();
      if (!page.length) break;
      after = page[page.length - 1].idNumber;
      summary.persons += page.length;
      const rows = await repo
        .createQueryBuilder('s')
        .select(RECOMPUTE_COLUMNS.map((c) => `s.${c}`))
        .where('s.idNumber IN (:...ids) AND s.year = :year', { ids: page.map((p) => p.idNumber), year })
        .orderBy('s.idNumber')
        .addOrderBy('s.poolingRegionCode')
        .addOrderBy('s.id')
        .getMany();
      const blocks = await institutionBlocks(this.ds.manager, new Set(rows.map((r) => r.institutionCode)));
      const changes: unknown[][] = [];
      let ytd: SettlementYearToDate = { ...EMPTY_YEAR_TO_DATE };
      let person = '';
      for (const row of rows) {
        // the year so far is per person and pooling region (see yearsToDate)
        if (yearToDateKey(row.poolingRegionCode, row.idNumber) !== person) {
          person = yearToDateKey(row.poolingRegionCode, row.idNumber);
          ytd = { ...EMPTY_YEAR_TO_DATE };
        }
        const params = await parametersOf(row.poolingRegionCode);
        if (!params) continue;
        const { computed, flags, next } = assessSettlement(
          inputOf(row),
          recordedTiers(row),
          params,
          ytd,
          blockedAt(blocks, row.institutionCode, row.settledOn),
        );
        ytd = next;
        summary.settlements++;
        for (const f of flags.split(',').filter(Boolean)) summary.flags[f] = (summary.flags[f] ?? 0) + 1;
        const json = JSON.stringify(computed);
        if (json !== row.computed || flags !== row.flags) changes.push([row.id, json, flags]);
      }
      if (changes.length)
        await inTransaction(this.ds, async (em) => {
          await updateById(em, Settlement, ['computed', 'flags'], changes);
          // a process whose job was taken over commits no further page
          await progress.confirmLease(em);
        });
      summary.changed += changes.length;
      processed += rows.length;
      await progress.report(processed);
    }
    summary.skipped = [...parameters].filter(([, p]) => !p).map(([code]) => code);
    return summary;
  }
}
