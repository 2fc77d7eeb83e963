import type { EntityManager } from 'typeorm';
import {
  chinaDate,
  compareRosterEntry,
  defaultTaskDeadline,
  describeIdNumberProblem,
  isWithinRegion,
  parseIdentityLabels,
  parseSourceDepartment,
  RegionLevel,
  ROSTER_HEADERS,
  RosterEntry,
  RosterFinding,
  rosterLineOutcome,
  validateIdNumber,
} from '@yibao/shared';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { Region } from '../../../platform/regions/region.entity';
import type { ImportJob } from '../../../platform/imports/import-job.entity';
import type { GoodRow, ImportHandler } from '../../../platform/imports/imports.service';
import type { SourceRow } from '../../../platform/imports/row-reader';
import { bulkInsertRows, bulkInsertRowsReturningIds, selectIn, tableOf, upsertRows } from '../../../database/insert-many';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { Enrollment } from '../enrollments/enrollment.entity';
import { refreshEnrollmentCounts, touchLedgerCounties } from '../enrollment-counts/enrollment-counts';
import { VerificationTask } from '../verification-tasks/verification-task.entity';
import { receiveReportingTask } from '../../supervision';

export type RosterRow = RosterEntry;

interface RosterContext {
  regions: Map<string, RegionLevel>;
  /** ID numbers seen earlier in this file → their line (a second occurrence is rejected) */
  seen: Map<string, number>;
  today: string;
}

const [H_ID, H_NAME, H_REGION, H_CATEGORIES, H_SOURCE, H_STATUS] = ROSTER_HEADERS;

/** Columns of a ledger row the import writes, in the order of the value arrays below (createdAt/updatedAt: defaults). */
const PERSON_WRITE_COLUMNS = [
  'idNumber',
  'name',
  'birthDate',
  'sex',
  'regionCode',
  'poolingRegionCode',
  'identityCategories',
  'sourceDepartment',
  'status',
  'exitedOn',
  'lastRosterMonth',
  'version',
] as const;
/** What the comparison (compareRosterEntry) reads of a person already in the ledger, and what an upsert keeps. */
const PERSON_COLUMNS = ['id', ...PERSON_WRITE_COLUMNS] as const;
type Person = Pick<Beneficiary, (typeof PERSON_COLUMNS)[number]>;
const NO_TASKS: ReadonlySet<string> = new Set();
const TASK_WRITE_COLUMNS = [
  'beneficiaryId',
  'idNumber',
  'name',
  'regionCode',
  'month',
  'differenceType',
  'detail',
  'deadline',
  'importJobId',
  'version',
] as const;

/**
 * The monthly roster (按月比对): each good row is compared with the ledger; every difference becomes one
 * verification task, unique per month, person and type, so importing the same file twice changes nothing.
 */
export const rosterImportHandler: ImportHandler<RosterRow, RosterContext> = {
  kind: 'roster',
  resource: 'roster-imports',
  headers: ROSTER_HEADERS,

  async createContext(job, em) {
    const rows = await scopeQuery(em.getRepository(Region).createQueryBuilder('r').select(['r.code', 'r.level']), RegionScope.of(job.regionCode), 'code')
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
      return {
        reject:
          categories.reason === 'empty'
            ? `${H_CATEGORIES}：不能为空 (required)`
            : `${H_CATEGORIES}：无法识别“${categories.unknown.join('、')}” (unknown category)`,
      };
    }
    const source = parseSourceDepartment(c[H_SOURCE]);
    if (!source) return { reject: `${H_SOURCE}：须为 民政 / 乡村振兴 / 扶贫 (unknown department)` };
    const status = c[H_STATUS] === '在册' ? 'active' : c[H_STATUS] === '退出' ? 'exited' : null;
    if (!status) return { reject: `${H_STATUS}：须为“在册”或“退出” (must be 在册 or 退出)` };
    // a flat copy: the validated number may be a slice of the parser's text chunk, which a kept slice keeps alive
    // (a 1M-row file's whole text); 1M keys of 18 bytes are ~80 MB, the chunks ~130 MB
    ctx.seen.set(Buffer.from(id.idNumber, 'latin1').toString('latin1'), row.line);
    return { idNumber: id.idNumber, name, birthDate: id.birthDate, sex: id.sex, regionCode, categories: categories.categories, source, status };
  },

  /**
   * Set-based per batch: three indexed reads (people, their enrollments, this month's tasks), then one
   * multi-row statement per kind of write — insert the new people, upsert the changed ones (version + 1), touch
   * `lastRosterMonth` of the merely listed ones, insert the tasks. Statement count does not grow with the batch.
   */
  async writeBatch(em: EntityManager, rows: GoodRow<RosterRow>[], _ctx, job: ImportJob) {
    const { month } = JSON.parse(job.params) as { month: string };
    const year = Number(month.slice(0, 4));
    const deadline = defaultTaskDeadline(month);
    const ids = rows.map((r) => r.value.idNumber);
    const q = (c: string) => em.connection.driver.escape(c);
    const people = new Map(
      (await selectIn<Person>(em, `SELECT ${PERSON_COLUMNS.map(q).join(', ')} FROM ${q(tableOf(em, Beneficiary))} WHERE ${q('idNumber')} IN (?)`, ids)).map(
        (b) => [b.idNumber, b],
      ),
    );
    const enrollments = new Map(
      (
        await selectIn<Pick<Enrollment, 'beneficiaryId' | 'enrolled' | 'notEnrolledReason' | 'subsidyCategory' | 'subsidyAmount'>>(
          em,
          `SELECT ${['beneficiaryId', 'enrolled', 'notEnrolledReason', 'subsidyCategory', 'subsidyAmount'].map(q).join(', ')} FROM ${q(tableOf(em, Enrollment))} WHERE ${q('year')} = ? AND ${q('beneficiaryId')} IN (?)`,
          [...people.values()].map((p) => p.id),
          [year],
        )
      ).map((e) => [e.beneficiaryId, e]),
    );
    // tasks exist only for people in the ledger (added with their first task; never deleted): look up only those
    const taskKeys = new Map<string, Set<string>>();
    const taskSql = `SELECT ${q('idNumber')}, ${q('differenceType')} FROM ${q(tableOf(em, VerificationTask))} WHERE ${q('month')} = ? AND ${q('idNumber')} IN (?)`;
    for (const t of await selectIn<{ idNumber: string; differenceType: string }>(em, taskSql, [...people.keys()], [month])) {
      (taskKeys.get(t.idNumber) ?? taskKeys.set(t.idNumber, new Set()).get(t.idNumber)!).add(t.differenceType);
    }
    const counts: Record<string, number> = {};
    const bump = (k: string) => (counts[k] = (counts[k] ?? 0) + 1);
    const tasks: unknown[][] = [];
    const task = (r: RosterRow, f: RosterFinding, beneficiaryId: number | null) => {
      tasks.push([f.linked ? beneficiaryId : null, r.idNumber, r.name, r.regionCode, month, f.type, JSON.stringify(f.detail), deadline, job.id, 1]);
      bump(f.type);
    };

    const fresh: unknown[][] = [];
    const freshRows: Array<{ row: RosterRow; tasks: RosterFinding[] }> = [];
    const changed: unknown[][] = [];
    const touched: number[] = [];
    /** where changed people were and are: their counties' enrollment counts need recounting */
    const changedRegions: string[] = [];
    for (const { value: r } of rows) {
      const p = people.get(r.idNumber);
      const found = compareRosterEntry(r, p, {
        month,
        importRegionCode: job.regionCode,
        enrollment: p && enrollments.get(p.id),
        existingTasks: taskKeys.get(r.idNumber) ?? NO_TASKS,
      });
      // per line (differences / updated / unchanged), beside the tasks per type: the lines add up to those processed
      bump(rosterLineOutcome(found));
      if (found.write === 'insert') {
        const n = found.columns;
        fresh.push([
          r.idNumber,
          n.name,
          r.birthDate,
          r.sex,
          n.regionCode,
          n.poolingRegionCode,
          n.identityCategories,
          n.sourceDepartment,
          n.status,
          n.exitedOn,
          month,
          1,
        ]);
        freshRows.push({ row: r, tasks: found.tasks });
        continue;
      }
      for (const f of found.tasks) task(r, f, p!.id);
      if (found.write === 'update') {
        // the whole row, so the statement is a valid INSERT too; only the roster's columns are set on conflict
        const n = found.columns;
        changedRegions.push(p!.regionCode, n.regionCode);
        changed.push([
          p!.id,
          p!.idNumber,
          n.name,
          p!.birthDate,
          p!.sex,
          n.regionCode,
          p!.poolingRegionCode,
          n.identityCategories,
          n.sourceDepartment,
          n.status,
          n.exitedOn,
          month,
          p!.version,
        ]);
      } else if (found.write === 'touch') {
        touched.push(p!.id);
      }
    }
    const table = tableOf(em, Beneficiary);
    if (changed.length) {
      await upsertRows(em, table, ['id', ...PERSON_WRITE_COLUMNS], changed, ['id'], {
        name: 'NEW(name)',
        regionCode: 'NEW(regionCode)',
        identityCategories: 'NEW(identityCategories)',
        sourceDepartment: 'NEW(sourceDepartment)',
        status: 'NEW(status)',
        exitedOn: 'NEW(exitedOn)',
        lastRosterMonth: 'NEW(lastRosterMonth)',
        version: 'OLD(version) + 1',
        updatedAt: 'CURRENT_TIMESTAMP',
      });
    }
    for (let i = 0; i < touched.length; i += 5000) {
      await em
        .createQueryBuilder()
        .update(Beneficiary)
        .set({ lastRosterMonth: month })
        .where('id IN (:...ids)', { ids: touched.slice(i, i + 5000) })
        .execute();
    }
    if (fresh.length) {
      let ids = await bulkInsertRowsReturningIds(em, table, PERSON_WRITE_COLUMNS, fresh);
      if (!ids) {
        const sql = `SELECT ${q('id')}, ${q('idNumber')} FROM ${q(table)} WHERE ${q('idNumber')} IN (?)`;
        const byNumber = new Map(
          (
            await selectIn<{ id: number; idNumber: string }>(
              em,
              sql,
              freshRows.map((f) => f.row.idNumber),
            )
          ).map((b) => [b.idNumber, Number(b.id)]),
        );
        ids = freshRows.map((f) => byNumber.get(f.row.idNumber)!);
      }
      freshRows.forEach((f, i) => f.tasks.forEach((t) => task(f.row, t, ids[i])));
    }
    await bulkInsertRows(em, tableOf(em, VerificationTask), TASK_WRITE_COLUMNS, tasks);
    await touchLedgerCounties(em, [...changedRegions, ...freshRows.map((f) => f.row.regionCode)]);
    return counts;
  },

  /** The county's roster comparison for the month is received (its reporting task) when the import succeeds. */
  async succeeded(em, job) {
    const { month } = JSON.parse(job.params) as { month: string };
    await receiveReportingTask(
      em,
      { duty: 'roster_comparison', regionCode: job.regionCode, period: month },
      { resource: 'roster-imports', id: job.id },
      new Date(),
    );
  },

  /** Recounts the import's region for the month's year, so the rates a county looks at next are ready. */
  async afterImport(ds, job) {
    const { month } = JSON.parse(job.params) as { month: string };
    await refreshEnrollmentCounts(ds, RegionScope.of(job.regionCode), Number(month.slice(0, 4)));
  },
};
