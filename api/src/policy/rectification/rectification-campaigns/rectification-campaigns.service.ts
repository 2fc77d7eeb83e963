import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { regionLevelOf, RectificationCampaignRecord } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { ActsAt, assertActsAt } from '../../../common/record-access';
import { assertInScope, scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { RectificationItem } from '../rectification-items/rectification-item.entity';
import type { CreateRectificationCampaignDto, UpdateRectificationCampaignDto } from './rectification-campaigns.dto';
import { RectificationCampaign } from './rectification-campaign.entity';

const RESOURCE = 'rectification-campaigns';
/** Campaigns are the province's: set up, changed and removed by its supervisor, for its own province. */
const ORGANISER: ActsAt = {
  roles: ['province_supervisor'],
  level: 'own',
  message: '专项治理由省级医保局为本省设立 (a campaign is set up by the province for its own province)',
};

export const RECTIFICATION_CAMPAIGN_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    name: { type: 'string' },
    documentNo: { type: 'string' },
    regionCode: { type: 'string' },
    startedOn: { type: 'string' },
    transitionDueOn: { type: 'string' },
    updatedAt: { type: 'date' },
  },
  search: ['name', 'documentNo'],
  defaultSort: [
    ['startedOn', 'DESC'],
    ['id', 'DESC'],
  ],
};

export function toCampaignRecord(c: RectificationCampaign, regionName: string | null): RectificationCampaignRecord {
  return {
    id: c.id,
    name: c.name,
    documentNo: c.documentNo,
    regionCode: c.regionCode,
    regionName,
    immediateDays: c.immediateDays,
    transitionDueOn: c.transitionDueOn,
    startedOn: c.startedOn,
    version: c.version,
    createdAt: iso(c.createdAt)!,
    updatedAt: iso(c.updatedAt)!,
  };
}

/** 专项治理: the province's campaigns, read by every unit below it (a campaign is an ancestor's record to them). */
@Injectable()
export class RectificationCampaignsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(RectificationCampaign).createQueryBuilder('c'), actor, 'regionCode', { includeAncestors: true });
    const { rows, total } = await fetchList(qb, query, RECTIFICATION_CAMPAIGN_LIST);
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    return { rows: rows.map((c) => toCampaignRecord(c, names.get(c.regionCode) ?? null)), total };
  }

  /** A campaign the actor may read: its own province's (or one in its subtree); 404 otherwise. */
  async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<RectificationCampaign> {
    return assertInScope(actor, await em.findOneBy(RectificationCampaign, { id }), (c) => c.regionCode, RESOURCE, id, { includeAncestors: true });
  }

  async get(actor: Actor, id: number): Promise<RectificationCampaignRecord> {
    const c = await this.load(actor, id);
    return toCampaignRecord(c, await this.regions.name(c.regionCode));
  }

  private assertDates(startedOn: string, transitionDueOn: string): void {
    if (transitionDueOn < startedOn) throw fieldError('transitionDueOn', `平稳过渡期限不能早于开始日期 ${startedOn} (not before the start)`);
  }

  async create(actor: Actor, dto: CreateRectificationCampaignDto): Promise<RectificationCampaignRecord> {
    const regionCode = dto.regionCode ?? actor.regionCode;
    if (regionLevelOf(regionCode) !== 'province') throw fieldError('regionCode', '专项治理须设在省级 (a campaign belongs to a province)');
    assertActsAt(actor, regionCode, ORGANISER);
    this.assertDates(dto.startedOn, dto.transitionDueOn);
    return inTransaction(this.ds, async (em) => {
      const saved = await em.save(
        em.create(RectificationCampaign, {
          name: dto.name,
          documentNo: dto.documentNo,
          regionCode,
          immediateDays: dto.immediateDays,
          transitionDueOn: dto.transitionDueOn,
          startedOn: dto.startedOn,
          createdById: actor.userId,
          version: 1,
        }),
      );
      const after = toCampaignRecord(saved, await this.regions.name(regionCode));
      await this.audit.append(em, actor, { action: 'create', resource: RESOURCE, resourceId: saved.id, after });
      return after;
    });
  }

  /** Deadlines already set on items stay: a changed immediateDays or transitionDueOn applies to items filed from now on. */
  async update(actor: Actor, id: number, dto: UpdateRectificationCampaignDto): Promise<RectificationCampaignRecord> {
    const current = await this.load(actor, id);
    assertActsAt(actor, current.regionCode, ORGANISER);
    const { version, ...changes } = dto;
    this.assertDates(changes.startedOn ?? current.startedOn, changes.transitionDueOn ?? current.transitionDueOn);
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, RectificationCampaign, { id }, version, changes, RESOURCE);
      const updated = await em.findOneByOrFail(RectificationCampaign, { id });
      const name = await this.regions.name(updated.regionCode);
      const after = toCampaignRecord(updated, name);
      await this.audit.append(em, actor, { action: 'update', resource: RESOURCE, resourceId: id, before: toCampaignRecord(current, name), after });
      return after;
    });
  }

  /** Only a campaign without items: a ledger once opened under it stays on record. */
  async remove(actor: Actor, id: number): Promise<void> {
    const current = await this.load(actor, id);
    assertActsAt(actor, current.regionCode, ORGANISER);
    await inTransaction(this.ds, async (em) => {
      if (await em.exists(RectificationItem, { where: { campaignId: id } })) {
        throw new ConflictException({
          statusCode: 409,
          error: 'Conflict',
          message: '该专项治理下已有整改事项，不能删除 (the campaign has items and cannot be deleted)',
          details: { reason: 'has_items' },
        });
      }
      await em.delete(RectificationCampaign, { id });
      await this.audit.append(em, actor, { action: 'delete', resource: RESOURCE, resourceId: id, before: toCampaignRecord(current, null) });
    });
  }
}
