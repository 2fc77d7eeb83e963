import { EntityManager, In } from 'typeorm';
import {
  chinaDate,
  decodeCategories,
  defaultTaskDeadline,
  describeIdNumberProblem,
  DifferenceType,
  encodeCategories,
  IdentityCategory,
  isWithinRegion,
  monthEnd,
  parseIdentityLabels,
  parseSourceDepartment,
  poolingRegionCodeOf,
  RegionLevel,
  regionScopePrefix,
  ROSTER_HEADERS,
  SourceDepartment,
  validateIdNumber,
} from '@yibao/shared';
import { Region } from '../../platform/regions/region.entity';
import type { ImportJob } from '../../platform/imports/import-job.entity';
import type { GoodRow, ImportHandler } from '../../platform/imports/imports.service';
import type { SourceRow } from '../../platform/imports/row-reader';
import { insertMany } from '../../database/insert-many';
import { Beneficiary } from './beneficiary.entity';
import { Enrollment } from './enrollment.entity';
import { VerificationTask } from './verification-task.entity';

export interface RosterRow {
  idNumber: string;
  name: string;
  birthDate: string;
  sex: string;
  regionCode: string;
  categories: IdentityCategory[];
  source: SourceDepartment;
  status: 'active' | 'exited';
}

interface RosterContext {
  regions: Map<string, RegionLevel>;
  /** ID numbers seen earlier in this file → their line (a second occurrence is rejected) */
  seen: Map<string, number>;
  today: string;
}

const [H_ID, H_NAME, H_REGION, H_CATEGORIES, H_SOURCE, H_STATUS] = ROSTER_HEADERS;

/**
 * The monthly roster (按月比对): each good row is compared with the ledger; every difference becomes one
 * verification task, unique per month, person and type, so importing the same file twice changes nothing.
 */
export const rosterImportHandler: ImportHandler<RosterRow, RosterContext> = {
  kind: 'roster',
  resource: 'roster-imports',
  headers: ROSTER_HEADERS,

  async createContext(job, em) {
    const prefix = regionScopePrefix(job.regionCode);
    const rows = await em
      .getRepository(Region)
      .createQueryBuilder('r')
      .select(['r.code', 'r.level'])
      .where('r.code LIKE :p', { p: `${prefix}%` })
      .andWhere('r.level IN (:...levels)', { levels: ['county', 'township'] })
      .getMany();
    return { regions: new Map(rows.map((r) => [r.code, r.level])), seen: new Map(), today: chinaDate(new Date()) };
  },

  validate(row: SourceRow, ctx, job) {
    const c = row.cells;
    const id = validateIdNumber(c[H_ID], ctx.today);
    if (!id.ok) return { reject: `${H_ID}：${describeIdNumberProblem(id.reason)}` };
    const earlier = ctx.seen.get(id.idNumber);
    if (earlier) return { reject: `${H_ID}：与第 ${earlier} 行重复 (same ID as line ${earlier})` };
    const name = c[H_NAME];
    if (!name) return { reject: `${H_NAME}：不能为空 (required)` };
    if (name.length > 64) return { reject: `${H_NAME}：最多 64 字 (at most 64 characters)` };
    const regionCode = c[H_REGION];
    if (!ctx.regions.has(regionCode) || !isWithinRegion(regionCode, job.regionCode)) {
      return { reject: `${H_REGION}：${regionCode || '（空）'} 不是您管辖范围内的县级或乡镇代码 (not a county or township code in your scope)` };
    }
    const categories = parseIdentityLabels(c[H_CATEGORIES]);
    if (!categories.ok) {
      return { reject: categories.reason === 'empty' ? `${H_CATEGORIES}：不能为空 (required)` : `${H_CATEGORIES}：无法识别“${categories.unknown.join('、')}” (unknown category)` };
    }
    const source = parseSourceDepartment(c[H_SOURCE]);
    if (!source) return { reject: `${H_SOURCE}：须为 民政 / 乡村振兴 / 扶贫 (unknown department)` };
    const status = c[H_STATUS] === '在册' ? 'active' : c[H_STATUS] === '退出' ? 'exited' : null;
    if (!status) return { reject: `${H_STATUS}：须为“在册”或“退出” (must be 在册 or 退出)` };
    ctx.seen.set(id.idNumber, row.line);
    return { idNumber: id.idNumber, name, birthDate: id.birthDate, sex: id.sex, regionCode, categories: categories.categories, source, status };
  },

  async writeBatch(em: EntityManager, rows: GoodRow<RosterRow>[], _ctx, job: ImportJob) {
    const { month } = JSON.parse(job.params) as { month: string };
    const year = Number(month.slice(0, 4));
    const deadline = defaultTaskDeadline(month);
    const ids = rows.map((r) => r.value.idNumber);
    const people = new Map((await em.find(Beneficiary, { where: { idNumber: In(ids) } })).map((b) => [b.idNumber, b]));
    const enrollments = new Map(
      people.size ? (await em.find(Enrollment, { where: { beneficiaryId: In([...people.values()].map((p) => p.id)), year } })).map((e) => [e.beneficiaryId, e]) : [],
    );
    const taskKeys = new Map<string, Set<string>>();
    for (const t of await em.find(VerificationTask, { where: { month, idNumber: In(ids) }, select: { idNumber: true, differenceType: true } })) {
      (taskKeys.get(t.idNumber) ?? taskKeys.set(t.idNumber, new Set()).get(t.idNumber)!).add(t.differenceType);
    }
    const counts: Record<string, number> = {};
    const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
    const tasks: Array<Partial<VerificationTask>> = [];
    const task = (r: RosterRow, type: DifferenceType, beneficiaryId: number | null, detail: Record<string, unknown> = {}) => {
      if (taskKeys.get(r.idNumber)?.has(type)) return;
      (taskKeys.get(r.idNumber) ?? taskKeys.set(r.idNumber, new Set()).get(r.idNumber)!).add(type);
      tasks.push({ beneficiaryId, idNumber: r.idNumber, name: r.name, regionCode: r.regionCode, month, differenceType: type, detail: JSON.stringify(detail), deadline, importJobId: job.id, version: 1 });
      bump(type);
    };

    const fresh: Array<Partial<Beneficiary>> = [];
    for (const { value: r } of rows) {
      const p = people.get(r.idNumber);
      if (!p) {
        fresh.push({
          idNumber: r.idNumber,
          name: r.name,
          birthDate: r.birthDate,
          sex: r.sex,
          regionCode: r.regionCode,
          poolingRegionCode: poolingRegionCodeOf(r.regionCode)!,
          identityCategories: encodeCategories(r.categories),
          sourceDepartment: r.source,
          status: r.status,
          exitedOn: r.status === 'exited' ? monthEnd(month) : null,
          lastRosterMonth: month,
          version: 1,
        });
        continue;
      }
      if (!isWithinRegion(p.regionCode, job.regionCode)) {
        // listed here, but the ledger holds the person elsewhere: the county checks, the other record is untouched
        task(r, 'duplicate', null, { ledgerRegionCode: p.regionCode, ledgerPoolingRegionCode: p.poolingRegionCode });
        continue;
      }
      const changes: Partial<Beneficiary> = {};
      const enrollment = enrollments.get(p.id);
      if (r.status === 'exited') {
        if (p.status === 'active') {
          Object.assign(changes, { status: 'exited', exitedOn: monthEnd(month) });
          task(r, 'exited', p.id);
        }
        if (enrollment?.enrolled && enrollment.subsidyAmount > 0) {
          task(r, 'lapsed_subsidised', p.id, { subsidyCategory: enrollment.subsidyCategory, subsidyAmount: enrollment.subsidyAmount, year });
        }
      } else {
        if (p.status === 'exited') {
          Object.assign(changes, { status: 'active', exitedOn: null });
          task(r, 'new', p.id, { reactivated: true });
        }
        const before = decodeCategories(p.identityCategories);
        if (encodeCategories(r.categories) !== p.identityCategories) {
          changes.identityCategories = encodeCategories(r.categories);
          task(r, 'identity_changed', p.id, { before, after: r.categories });
        }
        const unexplained = !enrollment || (!enrollment.enrolled && !enrollment.notEnrolledReason);
        if (unexplained && !taskKeys.get(r.idNumber)?.has('new')) task(r, 'not_enrolled', p.id, { year });
        if (r.regionCode !== p.regionCode) changes.regionCode = r.regionCode;
      }
      if (r.name !== p.name) changes.name = r.name;
      if (r.source !== p.sourceDepartment) changes.sourceDepartment = r.source;
      if (Object.keys(changes).length) {
        await em.createQueryBuilder().update(Beneficiary).set({ ...changes, lastRosterMonth: month, version: () => 'version + 1' }).where('id = :id', { id: p.id }).execute();
      } else if (p.lastRosterMonth !== month) {
        await em.update(Beneficiary, { id: p.id }, { lastRosterMonth: month });
      } else {
        bump('unchanged');
      }
    }
    if (fresh.length) {
      const rowById = new Map(rows.map((x) => [x.value.idNumber, x.value]));
      await insertMany(em, Beneficiary, fresh);
      const created = await em.find(Beneficiary, { where: { idNumber: In(fresh.map((f) => f.idNumber!)) }, select: { id: true, idNumber: true } });
      const byId = new Map(created.map((b) => [b.idNumber, b.id]));
      for (const f of fresh) {
        if (f.status !== 'active') continue;
        task(rowById.get(f.idNumber!)!, 'new', byId.get(f.idNumber!) ?? null);
      }
    }
    if (tasks.length) await insertMany(em, VerificationTask, tasks);
    return counts;
  },
};
