import { createHash } from 'node:crypto';
import { HttpException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  chinaDate,
  FINISHED_SUSPICION_STATES,
  regionScopePrefix,
  poolingRegionCodeOf,
  regionLevelOf,
  ruleParamValues,
  SCREENING_RULES,
  type FraudSuspicionState,
  type ScreeningRuleId,
  type ScreeningRunRuleLine,
  type ScreeningRunSummary,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { RegionScope, requestedRegion } from '../../../common/region-scope';
import { dialectOf, inTransaction } from '../../../database/data-source';
import { insertRows, selectIn, tableOf, upsertRows } from '../../../database/insert-many';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { JobProgress, JobsService } from '../../../platform/jobs/jobs.service';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { countsByCounty, pick } from '../../enrollment/enrollment-counts/county-rates';
import { FraudSuspicion } from '../fraud-suspicions/fraud-suspicion.entity';
import { SuspicionStagesService } from '../fraud-suspicions/suspicion-stages.service';
import { ScreeningRuleParamsReader } from '../screening-rule-params.reader';
import {
  countRead,
  institutionAdmissions,
  institutionOutliers,
  RULE_QUERIES,
  withRegistryCounties,
  type InstitutionAdmissions,
  type RuleHit,
  type RuleScan,
} from './screening-rule-queries';
import { ScreeningOutlierAdmission } from './screening-outlier-admission.entity';
import { ScreeningRuleMark } from './screening-rule-mark.entity';

/** The background-job kind of a screening run (resource `screening-runs`). */
export const SCREENING_RUN = 'screening-run';

interface RunParams {
  regionCode: string;
  year: number;
  rules: ScreeningRuleId[];
  full: boolean;
}

/** A 疑点 as the run compares it with a hit. */
interface StoredSuspicion {
  id: number;
  hitKey: string;
  state: string;
  amountAtStake: number | string;
  detail: string;
  settlementIds: string;
}

/** The columns a new 疑点 is inserted with (the rest take their defaults: version 1, the times). */
const SUSPICION_COLUMNS = [
  'regionCode',
  'poolingRegionCode',
  'year',
  'runId',
  'ruleId',
  'hitKey',
  'institutionCode',
  'institutionName',
  'idNumber',
  'name',
  'settlementIds',
  'amountAtStake',
  'detail',
  'state',
  'dueOn',
  'raisedDueOn',
  'dueApproximate',
  'stateChangedAt',
];

/**
 * Facts recorded this long before a rule's last run began are re-read too: a ledger death or a status decision whose
 * transaction committed while that run was reading would otherwise fall between two runs (re-reading is idempotent).
 */
export const FACTS_OVERLAP_MS = 10 * 60_000;

/** A datetime as both dialects store one (UTC, `YYYY-MM-DD HH:MM:SS.mmm`): raw statements bind no Date on SQLite. */
const utcDateTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/** What a full run writes on the 疑点 whose hit no longer holds (the history's comment on the `dismiss`). */
export const STALE_HIT_COMMENT = '系统：全量筛查未再命中（结算、台账或机构状态已更正），自动排除 (the full run no longer finds this hit)';

/**
 * Who dismisses the 疑点 a full run no longer finds: the platform on behalf of the pooling region's agency, with the
 * role the engine's `dismiss` requires at the level of the region's 疑点 (the run may be a province supervisor's, who
 * reviews none). History and audit show user `system`.
 */
function screeningSystemActor(poolingRegionCode: string): Actor {
  return {
    userId: 0,
    username: 'system',
    role: 'city_officer',
    regionCode: poolingRegionCode,
    scopePrefix: regionScopePrefix(poolingRegionCode),
    sessionId: '',
    csrfToken: '',
    viaCookie: false,
    ip: null,
  };
}

/** The stored key of a hit: sha256 of what identifies it for its rule. */
export const hitKey = (identity: string) => createHash('sha256').update(identity).digest('hex');

/**
 * 智能监控筛查 (issue 17): the rule base over a pooling region's (or one county's) settlements of a year, through the one
 * job mechanism. Each rule is one statement over the settlements above its watermark; each hit is a 疑点, unique by
 * (rule, hitKey): a re-run updates an open one and never touches a finished one; new ones start `pending`.
 */
@Injectable()
export class ScreeningRunsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly jobs: JobsService,
    private readonly params: ScreeningRuleParamsReader,
    private readonly stages: SuspicionStagesService,
    private readonly workflow: WorkflowService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<RunParams, ScreeningRunSummary>({
      kind: SCREENING_RUN,
      resource: 'screening-runs',
      run: (actor, params, progress) => this.run(actor, params, progress),
      // a city and a county of it (or two officers, in any API process) running the same year at once would insert the same 疑点
      serialKeys: ({ regionCode, year }) => [`${SCREENING_RUN}:${poolingRegionCodeOf(regionCode)}:${year}`],
    });
  }

  /**
   * The region must be a pooling region (city) or a county in one, within the caller's scope: a province has no
   * settlements of its own pooling and is refused (400 naming regionCode) — its supervisor runs each city.
   */
  async startRun(actor: Actor, dto: { regionCode?: string; year: number; rules?: ScreeningRuleId[]; full?: boolean }) {
    const region = requestedRegion(actor, dto.regionCode);
    const level = regionLevelOf(region.regionCode);
    if (level !== 'city' && level !== 'county')
      throw fieldError('regionCode', '须为统筹地区（市）或其下的县区：省级请逐市运行 (a pooling region or a county in one; run each city of a province)');
    const rules = SCREENING_RULES.filter((r) => !dto.rules || dto.rules.includes(r));
    return this.jobs.start(actor, SCREENING_RUN, { regionCode: region.regionCode, year: dto.year, rules, full: dto.full === true });
  }

  /** The job's run: each rule in turn (progress one unit per rule), its 疑点 and watermark written in one transaction. */
  async run(actor: Actor, params: RunParams, progress: JobProgress): Promise<ScreeningRunSummary> {
    const { regionCode, year, rules, full } = params;
    const poolingRegionCode = poolingRegionCodeOf(regionCode)!;
    const runId = progress.jobId ?? 0;
    await progress.report(0, rules.length);
    // before anything is read: facts recorded from here on are the next incremental run's to re-read
    const readFrom = new Date();
    const applicable = await this.params.applicable(poolingRegionCode, year, this.ds.manager);
    const values = ruleParamValues(applicable.params);
    const [{ upTo }] = await this.ds.query('SELECT COALESCE(MAX(id), 0) AS upTo FROM settlements');
    const marks = new Map((await this.ds.getRepository(ScreeningRuleMark).find({ where: { regionCode, year } })).map((m) => [m.ruleId, m]));
    const summary: ScreeningRunSummary = { regionCode, year, parameterSetId: applicable.setId, rules: [] };
    const today = chinaDate(new Date());
    // a full run of the whole pooling region reads every settlement of the year: what it no longer finds is stale
    const closesStale = full && regionCode === poolingRegionCode;
    let done = 0;
    // how many settlements a rule reads, by (since, upTo): the rules of a full run read the same year (a scan each)
    const readCounts = new Map<string, Promise<number>>();
    for (const ruleId of rules) {
      const mark = full ? undefined : marks.get(ruleId);
      const started = performance.now();
      let since = mark?.lastSettlementId ?? 0;
      let inputsHash: string | null = null;
      let skipped = false;
      if (ruleId === 'institution_outlier') {
        // a whole-year aggregate: recomputed only when an input changed since its mark — an inpatient settlement,
        // the ledger's enrolled counts, the registry's counties or the parameter set — and then from the counts
        // kept at the mark plus the stays above it; without kept counts (a full run, none kept yet) the year is recounted
        inputsHash = await this.outlierInputsHash(poolingRegionCode, year, applicable.setId);
        skipped = !!mark && mark.inputsHash === inputsHash && !(await this.inpatientSince(poolingRegionCode, year, since, Number(upTo)));
        if (!skipped && !(mark && (await this.outlierCountsKept(regionCode, year, mark.lastSettlementId)))) since = 0;
      }
      const scan: RuleScan = {
        em: this.ds.manager,
        dialect: dialectOf(this.ds),
        poolingRegionCode,
        region: RegionScope.of(regionCode),
        year,
        since,
        upTo: Number(upTo),
        params: values,
        factsChangedSince: since > 0 && mark?.readFrom ? utcDateTime(new Date(mark.readFrom.getTime() - FACTS_OVERLAP_MS)) : null,
      };
      const { hits, read, admissions } = skipped ? { hits: [], read: 0, admissions: null } : await this.find(ruleId, scan, regionCode, readCounts);
      const line = await inTransaction(this.ds, async (em) => {
        const written = await this.write(em, runId, ruleId, poolingRegionCode, year, today, hits);
        if (ruleId === 'institution_outlier') await this.keepOutlierCounts(em, regionCode, year, scan.since, scan.upTo, admissions);
        const stale = closesStale ? await this.dismissStale(em, ruleId, poolingRegionCode, year, hits) : 0;
        await upsertRows(
          em,
          tableOf(em, ScreeningRuleMark),
          ['regionCode', 'year', 'ruleId', 'lastSettlementId', 'runId', 'readFrom', 'inputsHash'],
          [[regionCode, year, ruleId, scan.upTo, runId, utcDateTime(readFrom), inputsHash]],
          ['regionCode', 'year', 'ruleId'],
          {
            lastSettlementId: 'NEW(lastSettlementId)',
            runId: 'NEW(runId)',
            readFrom: 'NEW(readFrom)',
            inputsHash: 'NEW(inputsHash)',
            markedAt: 'CURRENT_TIMESTAMP',
          },
        );
        // a process whose job was taken over commits no further rule
        await progress.confirmLease(em);
        return { ...written, stale };
      });
      summary.rules.push({
        ruleId,
        incremental: since > 0 || skipped,
        sinceSettlementId: since > 0 ? since : null,
        read,
        ...line,
        skipped,
        seconds: Math.round(performance.now() - started) / 1000,
      });
      await progress.report(++done);
    }
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, {
        action: 'screen',
        resource: 'fraud-suspicions',
        resourceId: regionCode,
        after: {
          runId,
          year,
          full,
          parameterSetId: applicable.setId,
          rules: summary.rules.map((l) => ({ ruleId: l.ruleId, read: l.read, hits: l.hits, created: l.created })),
        },
      });
      await progress.confirmLease(em);
    });
    return summary;
  }

  /** Whether the outlier counts kept for the run region's year were counted up to `lastSettlementId` (the rule's mark). */
  private async outlierCountsKept(regionCode: string, year: number, lastSettlementId: number): Promise<boolean> {
    const [row] = await this.ds.query(
      `SELECT COUNT(*) AS n, MIN(k.lastSettlementId) AS low, MAX(k.lastSettlementId) AS high FROM ${tableOf(this.ds.manager, ScreeningOutlierAdmission)} k
        WHERE k.regionCode = ? AND k.year = ?`,
      [regionCode, year],
    );
    return Number(row?.n ?? 0) > 0 && Number(row.low) === lastSettlementId && Number(row.high) === lastSettlementId;
  }

  /**
   * Keeps the outlier's counts with its mark (the same transaction): the year's counts up to `upTo` when the rule was
   * computed (`admissions`), else — skipped, no inpatient stay above the mark — the kept counts hold up to `upTo` too.
   */
  private async keepOutlierCounts(
    em: EntityManager,
    regionCode: string,
    year: number,
    since: number,
    upTo: number,
    admissions: InstitutionAdmissions[] | null,
  ): Promise<void> {
    const table = tableOf(em, ScreeningOutlierAdmission);
    if (!admissions) {
      await em.query(`UPDATE ${table} SET lastSettlementId = ? WHERE regionCode = ? AND year = ? AND lastSettlementId = ?`, [upTo, regionCode, year, since]);
      return;
    }
    await em.query(`DELETE FROM ${table} WHERE regionCode = ? AND year = ?`, [regionCode, year]);
    await insertRows(
      em,
      table,
      ['regionCode', 'year', 'institutionCode', 'institutionName', 'settlementCounty', 'admissions', 'fund', 'lastSettlementId'],
      admissions.map((a) => [regionCode, year, a.institutionCode, a.institutionName, a.settlementCounty, a.admissions, a.fund, upTo]),
    );
  }

  /** Whether an inpatient settlement of the pooling region's year was recorded with an id in (since, upTo]. */
  private async inpatientSince(poolingRegionCode: string, year: number, since: number, upTo: number): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 AS found FROM settlements s WHERE s.id > ? AND s.id <= ? AND s.poolingRegionCode = ? AND s.year = ? AND s.visitType = 'inpatient' LIMIT 1`,
      [since, upTo, poolingRegionCode, year],
    );
    return rows.length > 0;
  }

  /**
   * The outlier rule's inputs besides the settlements, hashed: the ledger generation of each county of the pooling
   * region (bumped by every ledger write, as the enrolled counts it divides by are), the registry's institutions of
   * the region (count, versions and last change: an institution's county decides its peers) and the parameter set.
   */
  private async outlierInputsHash(poolingRegionCode: string, year: number, parameterSetId: number | null): Promise<string> {
    const scope = RegionScope.of(poolingRegionCode);
    const ledger = scope.rawCondition('g.countyCode');
    const generations: Array<{ countyCode: string; generation: number | string }> = await this.ds.query(
      `SELECT g.countyCode AS countyCode, g.generation AS generation FROM ledger_county_generations g WHERE ${ledger.sql} ORDER BY g.countyCode`,
      ledger.values,
    );
    const registry = scope.rawCondition('i.regionCode');
    const [institutions] = await this.ds.query(
      `SELECT COUNT(*) AS n, SUM(i.version) AS versions, MAX(i.updatedAt) AS changed FROM institutions i WHERE ${registry.sql}`,
      registry.values,
    );
    const changed = institutions?.changed instanceof Date ? institutions.changed.toISOString() : String(institutions?.changed ?? '');
    return hitKey(
      JSON.stringify({
        year,
        parameterSetId,
        ledger: generations.map((g) => [g.countyCode, Number(g.generation)]),
        institutions: [Number(institutions?.n ?? 0), Number(institutions?.versions ?? 0), changed],
      }),
    );
  }

  /**
   * After a full run of the pooling region: its `pending` 疑点 of the rule and year that nobody has claimed and whose
   * hit the run no longer found (a settlement corrected, a death or a suspension struck from the record) are
   * dismissed through the engine — reason `data_error`, a system comment, one history and audit row each. A claimed
   * 疑点 or one in a later stage is in a reviewer's hands and left to them.
   */
  private async dismissStale(em: EntityManager, ruleId: ScreeningRuleId, poolingRegionCode: string, year: number, hits: RuleHit[]): Promise<number> {
    const found = new Set(hits.map((h) => hitKey(h.identity)));
    const open: Array<{ id: number | string; hitKey: string; version: number | string }> = await em.query(
      `SELECT id, hitKey, version FROM ${tableOf(em, FraudSuspicion)} WHERE poolingRegionCode = ? AND year = ? AND ruleId = ? AND state = 'pending' AND claimedById IS NULL`,
      [poolingRegionCode, year, ruleId],
    );
    const actor = screeningSystemActor(poolingRegionCode);
    let dismissed = 0;
    for (const r of open) {
      if (found.has(r.hitKey)) continue;
      try {
        // a savepoint each: a 409 (a reviewer moved it on since it was read) undoes that one action's writes only
        await em.transaction((one) =>
          this.workflow.applyIn(one, actor, 'fraud-suspicions', Number(r.id), 'dismiss', {
            comment: STALE_HIT_COMMENT,
            version: Number(r.version),
            reason: 'data_error',
          }),
        );
        dismissed++;
      } catch (e) {
        // … and leaves it to the reviewer
        if (!(e instanceof HttpException && e.getStatus() === 409)) throw e;
      }
    }
    return dismissed;
  }

  /** One rule's hits (deduplicated by identity) and how many settlements it read (counted once per run for each range). */
  private async find(
    ruleId: ScreeningRuleId,
    scan: RuleScan,
    regionCode: string,
    readCounts: Map<string, Promise<number>>,
  ): Promise<{ hits: RuleHit[]; read: number; admissions: InstitutionAdmissions[] | null }> {
    let hits: RuleHit[];
    let read: number;
    let admissions: InstitutionAdmissions[] | null = null;
    if (ruleId === 'institution_outlier') {
      const table = tableOf(this.ds.manager, ScreeningOutlierAdmission);
      // since > 0 only when the counts kept at the mark are whole (outlierCountsKept): add the stays above it
      const kept = scan.since > 0 ? { table, regionCode } : null;
      const before = kept ? await this.keptAdmissions(regionCode, scan.year) : 0;
      admissions = await institutionAdmissions(scan, kept);
      const enrolled = new Map(
        [...pick(await countsByCounty(this.ds, RegionScope.of(scan.poolingRegionCode), scan.year), 'all')].map(([c, n]) => [c, n.enrolled]),
      );
      hits = institutionOutliers(admissions, enrolled, scan.params.institution_outlier.k, scan.year, (county) => scan.region.contains(county));
      read = admissions.reduce((n, a) => n + a.admissions, 0) - before;
    } else {
      hits = await withRegistryCounties(scan.em, await RULE_QUERIES[ruleId](scan));
      const counted = `${scan.since}:${scan.upTo}`;
      if (!readCounts.has(counted)) readCounts.set(counted, countRead(scan));
      read = await readCounts.get(counted)!;
    }
    const unique = new Map<string, RuleHit>();
    for (const h of hits) if (!unique.has(h.identity)) unique.set(h.identity, h);
    return { hits: [...unique.values()], read, admissions };
  }

  /** The admissions the kept outlier counts of a run region's year hold. */
  private async keptAdmissions(regionCode: string, year: number): Promise<number> {
    const [row] = await this.ds.query(
      `SELECT COALESCE(SUM(k.admissions), 0) AS n FROM ${tableOf(this.ds.manager, ScreeningOutlierAdmission)} k WHERE k.regionCode = ? AND k.year = ?`,
      [regionCode, year],
    );
    return Number(row?.n ?? 0);
  }

  /** Writes a rule's hits: new 疑点 pending (batched), open ones updated when what they rest on changed, finished ones left alone. */
  private async write(
    em: EntityManager,
    runId: number,
    ruleId: ScreeningRuleId,
    poolingRegionCode: string,
    year: number,
    today: string,
    hits: RuleHit[],
  ): Promise<Omit<ScreeningRunRuleLine, 'ruleId' | 'incremental' | 'sinceSettlementId' | 'read' | 'seconds' | 'skipped' | 'stale'>> {
    const line = { hits: hits.length, created: 0, updated: 0, unchanged: 0, finished: 0, amountAtStake: 0 };
    const keyed = hits.map((h) => ({ ...h, hitKey: hitKey(h.identity), ids: JSON.stringify(h.settlementIds) }));
    const stored = new Map(
      (
        await selectIn<StoredSuspicion>(
          em,
          `SELECT id, hitKey, state, amountAtStake, detail, settlementIds FROM ${tableOf(em, FraudSuspicion)} WHERE ruleId = ? AND hitKey IN (?)`,
          keyed.map((h) => h.hitKey),
          [ruleId],
        )
      ).map((s) => [s.hitKey, s]),
    );
    const dues = new Map<string, Awaited<ReturnType<SuspicionStagesService['dueOn']>>>();
    const fresh: unknown[][] = [];
    // raw rows bind neither Date nor boolean on SQLite: the UTC time as both dialects store a datetime
    const now = utcDateTime(new Date());
    for (const h of keyed) {
      line.amountAtStake += h.amountAtStake;
      const before = stored.get(h.hitKey);
      if (before && (FINISHED_SUSPICION_STATES as readonly string[]).includes(before.state)) {
        line.finished++;
      } else if (before) {
        if (Number(before.amountAtStake) === h.amountAtStake && before.detail === h.detail && before.settlementIds === h.ids) {
          line.unchanged++;
          continue;
        }
        await em
          .createQueryBuilder()
          .update(FraudSuspicion)
          .set({ runId, amountAtStake: h.amountAtStake, detail: h.detail, settlementIds: h.ids, version: () => 'version + 1' })
          .where('id = :id', { id: before.id })
          .execute();
        line.updated++;
      } else {
        const due = dues.get(h.regionCode) ?? (await this.stages.dueOn('pending' as FraudSuspicionState, h.regionCode, year, today, em));
        dues.set(h.regionCode, due);
        fresh.push([
          h.regionCode,
          poolingRegionCode,
          year,
          runId,
          ruleId,
          h.hitKey,
          h.institutionCode,
          h.institutionName?.slice(0, 100) ?? null,
          h.idNumber,
          h.name,
          h.ids,
          h.amountAtStake,
          h.detail.slice(0, 1000),
          'pending',
          due.dueOn,
          due.dueOn,
          due.approximate ? 1 : 0,
          now,
        ]);
        line.created++;
      }
    }
    await insertRows(em, tableOf(em, FraudSuspicion), SUSPICION_COLUMNS, fresh);
    return line;
  }
}
