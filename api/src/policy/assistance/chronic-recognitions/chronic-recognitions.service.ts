import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import {
  chinaDate,
  ChronicRecognitionRecord,
  CHRONIC_RECOGNITION_RULES_SOURCE,
  chronicDiseaseName,
  describeIdNumberProblem,
  HospitalLevel,
  maskIdNumber,
  monthEnd,
  PhysicianTitle,
  RECOGNITION_HOSPITAL_LEVELS,
  RecognitionStatus,
  validateIdNumber,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { fetchList, FullIdLookupLog, ListSpec } from '../../../common/list';
import { assertInScope, requestedCounty, scopeQuery } from '../../../common/region-scope';
import { sendWorkbook } from '../../../common/xlsx';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Beneficiary } from '../../enrollment';
import { ChronicRecognition } from './chronic-recognition.entity';
import type { CreateChronicRecognitionDto } from './dto/chronic-recognition.dto';
import { filingListWorkbook } from './filing-list.workbook';

const RESOURCE = 'chronic-recognitions';

export const CHRONIC_RECOGNITION_LIST: ListSpec = {
  fields: {
    idNumber: { type: 'idNumber' },
    id: { type: 'int' },
    regionCode: { type: 'string' },
    diseaseCode: { type: 'string' },
    hospitalCode: { type: 'string' },
    hospitalLevel: { type: 'string' },
    recognizedOn: { type: 'string' },
    status: { type: 'string' },
    beneficiaryId: { type: 'int' },
    createdAt: { type: 'date' },
  },
  search: ['name', 'hospitalName', 'idNumber'],
  resource: 'chronic-recognitions',
  defaultSort: [
    ['recognizedOn', 'DESC'],
    ['id', 'DESC'],
  ],
};

function toRecord(r: ChronicRecognition): ChronicRecognitionRecord {
  return {
    id: r.id,
    beneficiaryId: r.beneficiaryId,
    idNumber: maskIdNumber(r.idNumber),
    name: r.name,
    regionCode: r.regionCode,
    diseaseCode: r.diseaseCode,
    diseaseName: chronicDiseaseName(r.diseaseCode),
    hospitalCode: r.hospitalCode,
    hospitalName: r.hospitalName,
    hospitalLevel: r.hospitalLevel as HospitalLevel,
    physicians: JSON.parse(r.physicians) as Array<{ name: string; title: PhysicianTitle }>,
    recognizedOn: r.recognizedOn,
    status: r.status as RecognitionStatus,
    revokedOn: r.revokedOn,
    revokeReason: r.revokeReason,
    version: r.version,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

/** 门诊特殊慢性病认定 (S1 §三): recognition by the rules, the hospitals' monthly filing list, revocation. */
@Injectable()
export class ChronicRecognitionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly idLookups: FullIdLookupLog,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(
      scopeQuery(this.ds.getRepository(ChronicRecognition).createQueryBuilder('c'), actor),
      query,
      CHRONIC_RECOGNITION_LIST,
      { actor, lookups: this.idLookups },
    );
    return { rows: rows.map(toRecord), total };
  }

  private async load(actor: Actor, id: number) {
    return assertInScope(actor, await this.ds.getRepository(ChronicRecognition).findOneBy({ id }), (r) => r.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number) {
    return toRecord(await this.load(actor, id));
  }

  /**
   * Records a recognition that meets S1 §三(八): a county-level (二级) or higher hospital, two distinct
   * physicians of attending rank or above, not in the future; one active recognition per person and disease.
   */
  async create(actor: Actor, dto: CreateChronicRecognitionDto) {
    const today = chinaDate(new Date());
    const id = validateIdNumber(dto.idNumber, today);
    if (!id.ok) throw fieldError('idNumber', describeIdNumberProblem(id.reason));
    requestedCounty(actor, dto.regionCode);
    if (!RECOGNITION_HOSPITAL_LEVELS.includes(dto.hospitalLevel)) {
      throw fieldError('hospitalLevel', `须由二级（县级）及以上定点医疗机构认定（${CHRONIC_RECOGNITION_RULES_SOURCE}）`);
    }
    if (dto.physicians[0].name === dto.physicians[1].name) throw fieldError('physicians', '须为两名不同的医师 (two different physicians)');
    if (dto.recognizedOn > today) throw fieldError('recognizedOn', '认定日期不能晚于今天 (not in the future)');
    return inTransaction(this.ds, async (em) => {
      const active = await em.findOneBy(ChronicRecognition, { idNumber: id.idNumber, diseaseCode: dto.diseaseCode, status: 'active' });
      if (active)
        throw new ConflictException(
          `该人已有有效的「${chronicDiseaseName(dto.diseaseCode)}」认定（${active.recognizedOn}），无需重复认定 (already recognised)`,
        );
      const person = await em.findOne(Beneficiary, { where: { idNumber: id.idNumber }, select: { id: true } });
      const saved = await em.save(
        em.create(ChronicRecognition, {
          beneficiaryId: person?.id ?? null,
          idNumber: id.idNumber,
          name: dto.name,
          regionCode: dto.regionCode,
          diseaseCode: dto.diseaseCode,
          hospitalCode: dto.hospitalCode,
          hospitalName: dto.hospitalName,
          hospitalLevel: dto.hospitalLevel,
          physicians: JSON.stringify(dto.physicians.map((p) => ({ name: p.name, title: p.title }))),
          recognizedOn: dto.recognizedOn,
          status: 'active',
          revokedOn: null,
          revokeReason: null,
          createdById: actor.userId,
          version: 1,
        }),
      );
      const record = toRecord(saved);
      await this.audit.append(em, actor, { action: 'create', resource: RESOURCE, resourceId: saved.id, after: record });
      return record;
    });
  }

  /** 按程序取消 (S1 §三(九)): kept with its reason; later settlements for the disease are no longer covered by it. */
  async revoke(actor: Actor, id: number, reason: string, version: number) {
    const current = await this.load(actor, id);
    if (current.status !== 'active') throw new ConflictException('该认定已取消 (already revoked)');
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, ChronicRecognition, { id }, version, { status: 'revoked', revokedOn: chinaDate(new Date()), revokeReason: reason }, RESOURCE);
      const after = toRecord(await em.findOneByOrFail(ChronicRecognition, { id }));
      await this.audit.append(em, actor, {
        action: 'revoke',
        resource: RESOURCE,
        resourceId: id,
        before: { status: 'active' },
        after: { status: 'revoked', reason },
      });
      return after;
    });
  }

  /** 备案名单 (S1 §三(九)): one hospital's recognitions of a month, as the workbook it stamps and files. */
  async sendFilingList(actor: Actor, hospitalCode: string, month: string, res: Response): Promise<void> {
    const rows = await scopeQuery(this.ds.getRepository(ChronicRecognition).createQueryBuilder('c'), actor)
      .andWhere('c.hospitalCode = :hospitalCode', { hospitalCode })
      .andWhere('c.recognizedOn >= :from AND c.recognizedOn <= :to', { from: `${month}-01`, to: monthEnd(month) })
      .orderBy('c.recognizedOn', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    const hospitalName = rows[0]?.hospitalName ?? hospitalCode;
    await this.audit.record(actor, { action: 'export', resource: RESOURCE, resourceId: hospitalCode, after: { month, rows: rows.length, maskedIds: true } });
    await sendWorkbook(res, `${hospitalName}门诊特殊慢性病认定备案名单（${month}）.xlsx`, (wb) =>
      filingListWorkbook(wb, { hospitalName, month, today: chinaDate(new Date()), rows }),
    );
  }
}
