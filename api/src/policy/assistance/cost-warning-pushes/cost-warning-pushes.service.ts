import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import { CostWarningPushRecord, PushDepartment, SOURCE_DEPARTMENT_LABELS } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fetchList, ListSpec } from '../../../common/list';
import { assertActsAt } from '../../../common/record-access';
import { assertInScope, scopeQuery } from '../../../common/region-scope';
import { sendWorkbook } from '../../../common/xlsx';
import { inTransaction } from '../../../database/data-source';
import { updateVersioned } from '../../../database/versioned-update';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { CostWarning } from '../cost-warnings/cost-warning.entity';
import { CostWarningPush } from './cost-warning-push.entity';
import { warningPushWorkbook } from './warning-push.workbook';

const RESOURCE = 'cost-warning-pushes';
/** Stages still being worked: what a monthly push reports. */
const OPEN_STATES = ['detected', 'verified', 'assisted'];

export const PUSH_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    month: { type: 'string' },
    department: { type: 'string' },
    receivedAt: { type: 'date' },
    createdAt: { type: 'date' },
  },
  defaultSort: [
    ['month', 'DESC'],
    ['id', 'DESC'],
  ],
};

function toRecord(p: CostWarningPush): CostWarningPushRecord {
  return {
    id: p.id,
    regionCode: p.regionCode,
    month: p.month,
    department: p.department as PushDepartment,
    warningIds: JSON.parse(p.warningIds) as number[],
    warningCount: p.warningCount,
    pushedAt: new Date(p.createdAt).toISOString(),
    receivedAt: p.receivedAt ? new Date(p.receivedAt).toISOString() : null,
    receivedBy: p.receivedBy,
    receiptNote: p.receiptNote,
    version: p.version,
  };
}

/**
 * 预警推送 (S3 §五): the county's monthly list of open warnings to 民政 / 乡村振兴, the receipt it gets back, and
 * the list as the department signs for it. Pushing is the county's (permission table); the receipt is the
 * pushing county's (assertActsAt).
 */
@Injectable()
export class CostWarningPushesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(actor: Actor, query: Record<string, unknown>) {
    const { rows, total } = await fetchList(scopeQuery(this.ds.getRepository(CostWarningPush).createQueryBuilder('p'), actor), query, PUSH_LIST);
    return { rows: rows.map(toRecord), total };
  }

  private async load(actor: Actor, id: number) {
    return assertInScope(actor, await this.ds.getRepository(CostWarningPush).findOneBy({ id }), (p) => p.regionCode, RESOURCE, id);
  }

  async get(actor: Actor, id: number) {
    return toRecord(await this.load(actor, id));
  }

  /** The county's list for one department and month: every warning still open. An empty list is a report too. */
  async create(actor: Actor, month: string, department: PushDepartment) {
    return inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(CostWarningPush, { regionCode: actor.regionCode, month, department })) {
        throw new ConflictException(`${month} 已向${SOURCE_DEPARTMENT_LABELS[department]}推送过预警名单 (already pushed this month)`);
      }
      const warnings = await em.find(CostWarning, {
        where: { regionCode: actor.regionCode, department, state: In(OPEN_STATES) },
        select: { id: true },
        order: { id: 'ASC' },
      });
      const ids = warnings.map((w) => w.id);
      const saved = await em.save(
        em.create(CostWarningPush, {
          regionCode: actor.regionCode,
          month,
          department,
          warningIds: JSON.stringify(ids),
          warningCount: ids.length,
          pushedById: actor.userId,
          receivedAt: null,
          receivedBy: null,
          receiptNote: null,
          version: 1,
        }),
      );
      for (let i = 0; i < ids.length; i += 1000) await em.update(CostWarning, { id: In(ids.slice(i, i + 1000)) }, { lastPushId: saved.id });
      await this.audit.append(em, actor, { action: 'push', resource: RESOURCE, resourceId: saved.id, after: { month, department, warnings: ids.length } });
      return toRecord(saved);
    });
  }

  async recordReceipt(actor: Actor, id: number, receivedBy: string, note: string | undefined, version: number) {
    const push = await this.load(actor, id);
    assertActsAt(actor, push.regionCode, { level: 'own', message: '回执由推送的县医保局登记 (the pushing county records the receipt)' });
    if (push.receivedAt) throw new ConflictException('该名单已登记回执 (receipt already recorded)');
    return inTransaction(this.ds, async (em) => {
      await updateVersioned(em, CostWarningPush, { id }, version, { receivedAt: new Date(), receivedBy, receiptNote: note ?? null }, RESOURCE);
      const after = await em.findOneByOrFail(CostWarningPush, { id });
      await this.audit.append(em, actor, { action: 'receipt', resource: RESOURCE, resourceId: id, after: { receivedBy, note: note ?? null } });
      return toRecord(after);
    });
  }

  /** The pushed list as the receiving department reads it (IDs masked). */
  async send(actor: Actor, id: number, res: Response): Promise<void> {
    const push = await this.load(actor, id);
    const ids = JSON.parse(push.warningIds) as number[];
    const warnings = ids.length ? await this.ds.getRepository(CostWarning).find({ where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
    const dept = SOURCE_DEPARTMENT_LABELS[push.department as PushDepartment];
    await this.audit.record(actor, { action: 'export', resource: RESOURCE, resourceId: id, after: { rows: warnings.length, maskedIds: true } });
    await sendWorkbook(res, `高额医疗费用预警推送名单（${push.regionCode}，${push.month}，${dept}）.xlsx`, (wb) =>
      warningPushWorkbook(wb, push, dept, warnings),
    );
  }
}
