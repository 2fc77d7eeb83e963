import { randomBytes } from 'node:crypto';
import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import {
  csvLine,
  drawFlightCheck,
  FINISHED_SUSPICION_STATES,
  riskWeight,
  type DrawCandidateInspector,
  type DrawCandidateInstitution,
  type DrawnInspector,
  type DrawnInstitution,
  type FlightCheckDrawOutcome,
  type FlightCheckDrawRecord,
  type FlightCheckDrawVerification,
  type FlightCheckWeighting,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { contentDisposition } from '../../../common/download';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { notFound, RegionScope, requestedRegion, scopeQuery, SUBTREE_FILTER } from '../../../common/region-scope';
import { sendWorkbook } from '../../../common/xlsx';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import { Institution } from '../../fraud';
import { InspectionsService } from '../../supervision/inspections/inspections.service';
import { FraudSuspicion } from '../fraud-suspicions/fraud-suspicion.entity';
import type { CreateDrawInspectionsDto, CreateFlightCheckDrawDto } from './flight-check-draws.dto';
import { FlightCheckDraw } from './flight-check-draw.entity';
import { drawExportRows, drawWorkbook, DRAW_EXPORT_HEADERS } from './flight-check-draw.workbook';

const RESOURCE = 'flight-check-draws';

export const FLIGHT_CHECK_DRAW_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    weighting: { type: 'string' },
    createdAt: { type: 'date' },
    // a region and its subtree; the list is within the caller's scope already
    scope: SUBTREE_FILTER,
  },
  search: ['seed', 'candidateHash', 'drawnBy'],
  defaultSort: [['id', 'DESC']],
};

/** The candidates a draw reads, as they are now (the draw itself is shared `drawFlightCheck`). */
interface Candidates {
  institutions: DrawCandidateInstitution[];
  inspectors: DrawCandidateInspector[];
}

/** Fewer candidates than asked: 409 naming the count, with what there is (nothing is stored). */
function tooFewCandidates(outcome: Extract<FlightCheckDrawOutcome, { ok: false }>): ConflictException {
  const what =
    outcome.field === 'institutionCount'
      ? `范围内有效协议机构只有 ${outcome.available} 家，少于抽取数 ${outcome.requested} (only ${outcome.available} institutions with an active agreement)`
      : `回避后可抽取的稽查员只有 ${outcome.available} 人，少于抽取数 ${outcome.requested} (only ${outcome.available} inspectors left after recusal)`;
  return new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `${outcome.field}: ${what}`,
    details: { reason: 'too_few_candidates', field: outcome.field, requested: outcome.requested, available: outcome.available },
  });
}

const parse = <T>(json: string | null, fallback: T): T => (json ? (JSON.parse(json) as T) : fallback);

/**
 * 双随机一公开 (issue 17): draws the institutions (active agreements in the region; risk-weighted by their open 疑点) and
 * the inspectors (role `inspector`, active, in the region; recused from drawn counties), keeps seed, hash and result,
 * re-runs a draw over today's candidates, creates the flight-check inspections through InspectionsService, and sends
 * the public list.
 */
@Injectable()
export class FlightCheckDrawsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly inspections: InspectionsService,
  ) {}

  /**
   * The pool: institutions with agreementStatus `active` in the region (weight 1, or `riskWeight` of the fen of their
   * open 疑点 — not violation or dismissed), and enabled, authorised accounts with the role `inspector` in the region.
   */
  async candidates(regionCode: string, weighting: FlightCheckWeighting, em: EntityManager = this.ds.manager): Promise<Candidates> {
    const scope = RegionScope.of(regionCode);
    const institutions = await scopeQuery(em.getRepository(Institution).createQueryBuilder('i'), scope)
      .select(['i.code', 'i.name', 'i.regionCode'])
      .andWhere('i.agreementStatus = :active', { active: 'active' })
      .getMany();
    const open = new Map<string, number>();
    if (weighting === 'risk') {
      const sums = await scopeQuery(em.getRepository(FraudSuspicion).createQueryBuilder('s'), scope)
        .select('s.institutionCode', 'code')
        .addSelect('SUM(s.amountAtStake)', 'fen')
        .andWhere('s.institutionCode IS NOT NULL')
        .andWhere('s.state NOT IN (:...finished)', { finished: FINISHED_SUSPICION_STATES })
        .groupBy('s.institutionCode')
        .getRawMany<{ code: string; fen: string | number }>();
      for (const s of sums) open.set(s.code, Number(s.fen));
    }
    const inspectors = await scopeQuery(em.getRepository(User).createQueryBuilder('u'), scope)
      .select(['u.id', 'u.displayName', 'u.regionCode'])
      .andWhere('u.role = :role AND u.enabled = :yes AND u.authorized = :yes', { role: 'inspector', yes: true })
      .getMany();
    return {
      institutions: institutions.map((i) => ({ code: i.code, name: i.name, regionCode: i.regionCode, weight: riskWeight(open.get(i.code) ?? 0) })),
      inspectors: inspectors.map((u) => ({ userId: u.id, displayName: u.displayName, regionCode: u.regionCode })),
    };
  }

  private async records(rows: FlightCheckDraw[]): Promise<FlightCheckDrawRecord[]> {
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      institutionCount: r.institutionCount,
      inspectorCount: r.inspectorCount,
      weighting: r.weighting as FlightCheckWeighting,
      seed: r.seed,
      candidateHash: r.candidateHash,
      institutions: parse<DrawnInstitution[]>(r.institutions, []),
      inspectors: parse<DrawnInspector[]>(r.inspectors, []),
      inspectionIds: parse<number[]>(r.inspectionIds, []),
      institutionCandidates: r.institutionCandidates,
      inspectorCandidates: r.inspectorCandidates,
      eligibleInspectors: r.eligibleInspectors,
      drawnBy: r.drawnBy,
      drawnAt: iso(r.createdAt)!,
      version: r.version,
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(FlightCheckDraw).createQueryBuilder('d'), actor), query, FLIGHT_CHECK_DRAW_LIST);
    return { rows: await this.records(rows), total };
  }

  /** A draw in the caller's scope (404 otherwise): the one access path. */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<FlightCheckDraw> {
    const found = await scopeQuery(em.getRepository(FlightCheckDraw).createQueryBuilder('d'), actor).andWhere('d.id = :id', { id }).getOne();
    if (!found) throw notFound(RESOURCE, id);
    return found;
  }

  async get(actor: Actor, id: number): Promise<FlightCheckDrawRecord> {
    return (await this.records([await this.load(actor, id)]))[0];
  }

  /**
   * Draws and keeps the draw (audited). The region is the caller's own or a city below it (a province or city: those
   * who organise flight checks); the seed is the caller's or 128 random bits.
   */
  async create(actor: Actor, dto: CreateFlightCheckDrawDto): Promise<FlightCheckDrawRecord> {
    const region = requestedRegion(actor, dto.regionCode);
    if ((region.level !== 'province' && region.level !== 'city') || (await this.regions.name(region.regionCode)) === null)
      throw fieldError('regionCode', '抽取范围须为省或市 (a province or a city)');
    const seed = dto.seed ?? randomBytes(16).toString('hex');
    return inTransaction(this.ds, async (em) => {
      const pool = await this.candidates(region.regionCode, dto.weighting, em);
      const outcome = drawFlightCheck({ seed, institutionCount: dto.institutionCount, inspectorCount: dto.inspectorCount, ...pool });
      if (!outcome.ok) throw tooFewCandidates(outcome);
      const drawer = await em.findOneByOrFail(User, { id: actor.userId });
      const saved = await em.save(
        em.create(FlightCheckDraw, {
          regionCode: region.regionCode,
          institutionCount: dto.institutionCount,
          inspectorCount: dto.inspectorCount,
          weighting: dto.weighting,
          seed,
          candidateHash: outcome.candidateHash,
          institutions: JSON.stringify(outcome.institutions),
          inspectors: JSON.stringify(outcome.inspectors),
          institutionCandidates: pool.institutions.length,
          inspectorCandidates: pool.inspectors.length,
          eligibleInspectors: outcome.eligibleInspectors,
          inspectionIds: null,
          drawnById: actor.userId,
          drawnBy: drawer.displayName,
          version: 1,
        }),
      );
      await this.audit.append(em, actor, {
        action: 'create',
        resource: RESOURCE,
        resourceId: saved.id,
        after: {
          regionCode: saved.regionCode,
          weighting: saved.weighting,
          seed,
          candidateHash: saved.candidateHash,
          institutions: outcome.institutions.map((i) => i.code),
          inspectors: outcome.inspectors.map((u) => u.userId),
        },
      });
      return (await this.records([saved]))[0];
    });
  }

  /** Re-runs the draw from its seed over the candidates as they are now: whether the pool and the result are unchanged. */
  async verify(actor: Actor, id: number): Promise<FlightCheckDrawVerification> {
    const draw = await this.load(actor, id);
    const pool = await this.candidates(draw.regionCode, draw.weighting as FlightCheckWeighting);
    const outcome = drawFlightCheck({ seed: draw.seed, institutionCount: draw.institutionCount, inspectorCount: draw.inspectorCount, ...pool });
    const institutions = outcome.ok ? outcome.institutions : [];
    const inspectors = outcome.ok ? outcome.inspectors : [];
    const same = <T>(a: T[], b: T[], key: (x: T) => string | number) => a.length === b.length && a.every((x, i) => key(x) === key(b[i]));
    return {
      drawId: draw.id,
      seed: draw.seed,
      storedHash: draw.candidateHash,
      currentHash: outcome.candidateHash,
      hashMatches: outcome.candidateHash === draw.candidateHash,
      resultMatches:
        outcome.ok &&
        same(institutions, parse<DrawnInstitution[]>(draw.institutions, []), (i) => i.code) &&
        same(inspectors, parse<DrawnInspector[]>(draw.inspectors, []), (u) => u.userId),
      institutions,
      inspectors,
      refusal: outcome.ok ? null : { field: outcome.field, requested: outcome.requested, available: outcome.available },
      checkedAt: new Date().toISOString(),
    };
  }

  /**
   * The flight checks (kind `flight_check`) of the draw: one inspection per county of the drawn institutions, planned
   * by the caller's unit through InspectionsService (its rules: the inspected county below the planner), the drawn
   * team on each. Once: a second call is 409; the inspections and the draw's ids commit together.
   */
  async createInspections(actor: Actor, id: number, dto: CreateDrawInspectionsDto): Promise<FlightCheckDrawRecord> {
    return inTransaction(this.ds, async (em) => {
      const draw = await this.load(actor, id, em);
      const existing = parse<number[]>(draw.inspectionIds, []);
      if (draw.inspectionIds !== null)
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: `该抽取已生成飞行检查（${existing.join('、')}），不能重复生成 (the inspections of this draw exist already)`,
          details: { reason: 'inspections_exist', inspectionIds: existing },
        });
      const institutions = parse<DrawnInstitution[]>(draw.institutions, []);
      const team = parse<DrawnInspector[]>(draw.inspectors, []);
      const counties = [...new Set(institutions.map((i) => i.regionCode))].sort();
      const ids: number[] = [];
      for (const county of counties) {
        const names = institutions
          .filter((i) => i.regionCode === county)
          .map((i) => i.name)
          .join('、');
        const created = await this.inspections.create(
          actor,
          {
            regionCode: county,
            kind: 'flight_check',
            title: clip(`飞行检查（双随机第 ${draw.id} 号）：${names}`, 100),
            plannedFrom: dto.plannedFrom,
            plannedTo: dto.plannedTo,
            teamLeader: clip(team[0]?.displayName ?? '', 64),
            members:
              team.length > 1
                ? clip(
                    team
                      .slice(1)
                      .map((u) => u.displayName)
                      .join('、'),
                    500,
                  )
                : null,
            areas: dto.areas ?? ['fraud'],
            noticeNo: dto.noticeNo ?? null,
          },
          em,
        );
        ids.push(created.id);
      }
      await updateVersioned(em, FlightCheckDraw, { id }, draw.version, { inspectionIds: JSON.stringify(ids) }, RESOURCE);
      await this.audit.append(em, actor, { action: 'create_inspections', resource: RESOURCE, resourceId: id, after: { inspectionIds: ids } });
      return (await this.records([await em.findOneByOrFail(FlightCheckDraw, { id })]))[0];
    });
  }

  /** 公开: the drawn institutions and inspectors with the seed and hash, as CSV or XLSX (formula-safe, audited). */
  async export(actor: Actor, id: number, format: 'csv' | 'xlsx', res: Response): Promise<void> {
    const record = await this.get(actor, id);
    await this.audit.record(actor, {
      action: 'export',
      resource: RESOURCE,
      resourceId: id,
      after: { format, institutions: record.institutions.length, inspectors: record.inspectors.length },
    });
    const name = `双随机抽查结果（第${record.id}号，${record.regionName ?? record.regionCode}）`;
    if (format === 'xlsx') return sendWorkbook(res, `${name}.xlsx`, (wb) => drawWorkbook(wb, record));
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', contentDisposition(`${name}.csv`, `flight-check-draw-${record.id}`));
    // UTF-8 with BOM, so Excel opens it in Chinese
    res.end('\uFEFF' + [DRAW_EXPORT_HEADERS, ...drawExportRows(record)].map((cells) => csvLine(cells)).join('\r\n') + '\r\n');
  }
}

/** Cut to `max` characters (a title built from names), marking the cut. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
