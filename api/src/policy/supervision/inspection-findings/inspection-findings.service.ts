import { ConflictException, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  INSPECTION_WORKFLOW,
  isWithinRegion,
  regionLevelOf,
  type FindingDisposition,
  type FindingSeverity,
  type InspectionArea,
  type InspectionFindingRecord,
} from '@yibao/shared';
import { RecordNotFoundException } from '../../../common/access-trace';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { iso } from '../../../common/iso';
import { fetchList, ListSpec } from '../../../common/list';
import { assertActsAt } from '../../../common/record-access';
import { notFound, SUBTREE_FILTER } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { levelRecord } from '../../../platform/workflow/workflow.service';
import { RectificationItemsService } from '../../rectification/rectification-items/rectification-items.service';
import { AccountabilityRecordsService } from '../accountability-records/accountability-records.service';
import { Inspection } from '../inspections/inspection.entity';
import { INSPECTING_UNIT, InspectionsService, readableFindings } from '../inspections/inspections.service';
import type { CreateInspectionFindingDto, OpenRectificationDto, ProposeAccountabilityDto, UpdateInspectionFindingDto } from './inspection-findings.dto';
import { InspectionFinding } from './inspection-finding.entity';

const RESOURCE = 'inspection-findings';

/** Findings are recorded while the inspection is under way or being written up. */
const RECORDING_STATES = ['in_progress', 'reported'];
/** A finding is disposed of once it exists and until the inspection is closed. */
const DISPOSING_STATES = ['in_progress', 'reported', 'feedback_sent', 'responded'];

const wrongState = (state: string, what: string) =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `督导检查“${INSPECTION_WORKFLOW.states[state].label.zh}”状态下不能${what} (not in inspection state ${state})`,
    details: { reason: 'wrong_state', state },
  });

const alreadyDisposed = (f: InspectionFinding) =>
  new ConflictException({
    statusCode: 409,
    error: 'Conflict',
    message: `该问题已处置（${f.disposition === 'rectification' ? '转整改' : '移交问责'}） (already disposed of: ${f.disposition})`,
    details: { reason: 'already_disposed', disposition: f.disposition },
  });

export const INSPECTION_FINDING_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    inspectionId: { type: 'int' },
    regionCode: { type: 'string' },
    area: { type: 'string' },
    severity: { type: 'string' },
    disposition: { type: 'string' },
    indicatorId: { type: 'string' },
    updatedAt: { type: 'date' },
    scope: SUBTREE_FILTER,
  },
  search: ['title'],
  defaultSort: [['id', 'ASC']],
};

/**
 * 督导检查发现的问题: recorded by the inspecting unit, disposed of by opening a rectification item (the rectification
 * area's seam) or proposing accountability (the register's seam) — each in one transaction with the finding's link.
 */
@Injectable()
export class InspectionFindingsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly inspections: InspectionsService,
    private readonly items: RectificationItemsService,
    private readonly accountability: AccountabilityRecordsService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    // evidence of the finding (photos, extracts): the inspecting unit's, until the finding is disposed of
    this.attachments.register<InspectionFinding & { inspectingRegionCode: string }>({
      resource: RESOURCE,
      find: async (actor, id, em) => {
        const f = await this.load(actor, id, em);
        const inspection = await this.inspections.load(actor, f.inspectionId, em ?? this.ds.manager);
        return Object.assign(f, { inspectingRegionCode: inspection.inspectingRegionCode });
      },
      writers: INSPECTING_UNIT,
      frozen: (f) => (f.disposition !== 'none' ? '已处置的问题不能再修改附件 (a disposed finding’s files are final)' : null),
    });
  }

  private async records(rows: InspectionFinding[]): Promise<InspectionFindingRecord[]> {
    const names = await this.regions.names(rows.map((r) => r.regionCode));
    return rows.map((f) => ({
      id: f.id,
      inspectionId: f.inspectionId,
      regionCode: f.regionCode,
      regionName: names.get(f.regionCode) ?? null,
      title: f.title,
      description: f.description,
      area: f.area as InspectionArea,
      indicatorId: f.indicatorId,
      severity: f.severity as FindingSeverity,
      disposition: f.disposition as FindingDisposition,
      rectificationItemId: f.rectificationItemId,
      accountabilityRecordId: f.accountabilityRecordId,
      version: f.version,
      createdAt: iso(f.createdAt)!,
      updatedAt: iso(f.updatedAt)!,
    }));
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(readableFindings(this.ds.manager, actor), query, INSPECTION_FINDING_LIST);
    return { rows: await this.records(rows), total };
  }

  /** A finding the caller may read (404 otherwise): the one access path. */
  private async load(actor: Pick<Actor, 'regionCode'>, id: number, em: EntityManager = this.ds.manager): Promise<InspectionFinding> {
    const found = await readableFindings(em, actor).andWhere('f.id = :id', { id }).getOne();
    if (!found) throw notFound(RESOURCE, id);
    return found;
  }

  async get(actor: Actor, id: number): Promise<InspectionFindingRecord> {
    return (await this.records([await this.load(actor, id)]))[0];
  }

  /** The finding and its inspection, for a change by the inspecting unit (403 for anyone else). */
  private async forChange(em: EntityManager, actor: Actor, id: number): Promise<{ finding: InspectionFinding; inspection: Inspection }> {
    const finding = await this.load(actor, id, em);
    const inspection = await this.inspections.load(actor, finding.inspectionId, em);
    assertActsAt(actor, levelRecord(inspection), INSPECTING_UNIT);
    return { finding, inspection };
  }

  /** 记录问题: the inspecting unit, while the inspection is under way or reported; the unit is the inspected one or below it. */
  async create(actor: Actor, dto: CreateInspectionFindingDto): Promise<InspectionFindingRecord> {
    return inTransaction(this.ds, async (em) => {
      const inspection = await this.inspections.load(actor, dto.inspectionId, em).catch((e: unknown) => {
        if (e instanceof RecordNotFoundException)
          throw fieldError('inspectionId', `督导检查 ${dto.inspectionId} 不存在或不在您的管辖范围内 (no such inspection in your scope)`);
        throw e;
      });
      assertActsAt(actor, levelRecord(inspection), INSPECTING_UNIT);
      if (!RECORDING_STATES.includes(inspection.state)) throw wrongState(inspection.state, '记录问题');
      const regionCode = dto.regionCode ?? inspection.regionCode;
      const level = regionLevelOf(regionCode);
      if ((level !== 'city' && level !== 'county') || !isWithinRegion(regionCode, inspection.regionCode) || (await this.regions.name(regionCode)) === null)
        throw fieldError('regionCode', '责任单位须为被检查单位或其下级市、县 (the inspected unit or a city or county below it)');
      const saved = await em.save(
        em.create(InspectionFinding, {
          inspectionId: inspection.id,
          regionCode,
          title: dto.title,
          description: dto.description,
          area: dto.area,
          indicatorId: dto.indicatorId ?? null,
          severity: dto.severity,
          disposition: 'none',
          rectificationItemId: null,
          accountabilityRecordId: null,
          version: 1,
          createdById: actor.userId,
        }),
      );
      await this.audit.append(em, actor, {
        action: 'create',
        resource: RESOURCE,
        resourceId: saved.id,
        after: { inspectionId: saved.inspectionId, regionCode, area: saved.area, severity: saved.severity },
      });
      return (await this.records([saved]))[0];
    });
  }

  /** Corrections before the finding is disposed of (the inspecting unit; versioned). */
  async update(actor: Actor, id: number, dto: UpdateInspectionFindingDto): Promise<InspectionFindingRecord> {
    return inTransaction(this.ds, async (em) => {
      const { finding, inspection } = await this.forChange(em, actor, id);
      if (!DISPOSING_STATES.includes(inspection.state)) throw wrongState(inspection.state, '修改问题');
      if (finding.disposition !== 'none') throw alreadyDisposed(finding);
      const { version, ...fields } = dto;
      const changes: Partial<InspectionFinding> = {};
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      await updateVersioned(em, InspectionFinding, { id }, version, changes, RESOURCE);
      await this.audit.append(em, actor, { action: 'update', resource: RESOURCE, resourceId: id, before: { version: finding.version }, after: changes });
      return (await this.records([await em.findOneByOrFail(InspectionFinding, { id })]))[0];
    });
  }

  /**
   * 转整改: opens the finding unit's rectification item (source `inspection`, sourceRef the finding) and links it, in
   * one transaction: a refused item (campaign, deadline) or a stale finding leaves neither item nor link.
   */
  async openRectification(actor: Actor, id: number, dto: OpenRectificationDto): Promise<InspectionFindingRecord> {
    return inTransaction(this.ds, async (em) => {
      const { finding, inspection } = await this.forChange(em, actor, id);
      if (!DISPOSING_STATES.includes(inspection.state)) throw wrongState(inspection.state, '处置问题');
      if (finding.disposition !== 'none') throw alreadyDisposed(finding);
      const item = await this.items.openSourcedItem(em, actor, 'inspection', {
        campaignId: dto.campaignId,
        regionCode: finding.regionCode,
        problemType: dto.problemType,
        dueOn: dto.dueOn,
        title: finding.title,
        description: finding.description,
        sourceRef: findingRef(finding.id),
      });
      const changes = { disposition: 'rectification', rectificationItemId: item.id };
      await updateVersioned(em, InspectionFinding, { id }, dto.version, changes, RESOURCE);
      await this.audit.append(em, actor, { action: 'open_rectification', resource: RESOURCE, resourceId: id, before: { disposition: 'none' }, after: changes });
      return (await this.records([await em.findOneByOrFail(InspectionFinding, { id })]))[0];
    });
  }

  /** 移交问责: an accountability proposal about the finding's unit (source the finding), linked in the same transaction. */
  async proposeAccountability(actor: Actor, id: number, dto: ProposeAccountabilityDto): Promise<InspectionFindingRecord> {
    return inTransaction(this.ds, async (em) => {
      const { finding, inspection } = await this.forChange(em, actor, id);
      if (!DISPOSING_STATES.includes(inspection.state)) throw wrongState(inspection.state, '处置问题');
      if (finding.disposition !== 'none') throw alreadyDisposed(finding);
      const { version, ...proposal } = dto;
      const record = await this.accountability.propose(em, actor, {
        ...proposal,
        regionCode: finding.regionCode,
        sourceType: 'inspection_finding',
        sourceId: finding.id,
      });
      const changes = { disposition: 'accountability', accountabilityRecordId: record.id };
      await updateVersioned(em, InspectionFinding, { id }, version, changes, RESOURCE);
      await this.audit.append(em, actor, {
        action: 'propose_accountability',
        resource: RESOURCE,
        resourceId: id,
        before: { disposition: 'none' },
        after: changes,
      });
      return (await this.records([await em.findOneByOrFail(InspectionFinding, { id })]))[0];
    });
  }
}

/** A rectification item's `sourceRef` for a finding. */
export const findingRef = (id: number) => `inspection-findings/${id}`;
