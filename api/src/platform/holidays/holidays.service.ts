import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { addWorkingDays, holidayEntryRefusal, workingDayCalendar, type HolidayRecord, type WorkingDayCalendar, type WorkingDayResult } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { fetchList, ListSpec, WriteStamped, yearOfDateColumn } from '../../common/list';
import { notFound } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { updateVersioned } from '../../database/versioned-update';
import { AuditLogService } from '../audit-log/audit-log.service';
import type { CreateHolidayDto, UpdateHolidayDto } from './dto/holiday.dto';
import { Holiday } from './holiday.entity';

export const HOLIDAY_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    date: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    // the calendar year of the day: the admin's year view
    year: yearOfDateColumn('date'),
    updatedAt: { type: 'date' },
  },
  search: ['name', 'date'],
  defaultSort: [['date', 'ASC']],
  // a year has about 40 entries; a few years fit one page
  maxPageSize: 400,
};

export function toHolidayRecord(h: Holiday): HolidayRecord {
  return { id: h.id, date: h.date, kind: h.kind, name: h.name, version: h.version };
}

/**
 * The working-day calendar (节假日安排): reference data the system admin keeps, which every deadline counted in
 * working days reads. The whole table (a few dozen rows a year) is kept in each process under the list write
 * marks (`WriteStamped`): a correction made through any API process applies to the next deadline computed by
 * every process. Callers inside a transaction pass its `em` (the marks and, when stale, the calendar are read on
 * its connection).
 */
@Injectable()
export class HolidaysService {
  private readonly cached: WriteStamped<WorkingDayCalendar>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
  ) {
    this.cached = new WriteStamped(ds);
  }

  /** The whole calendar (every year entered), kept while no API process has written since. */
  async calendar(em?: EntityManager): Promise<WorkingDayCalendar> {
    const { value, keep } = await this.cached.current(em);
    if (value) return value;
    const rows = await (em ?? this.ds.manager).find(Holiday, { select: { date: true, kind: true } });
    const calendar = workingDayCalendar(rows);
    keep(calendar);
    return calendar;
  }

  /** The calendar of the given years only (the others count Monday–Friday, approximate). */
  async calendarFor(years: Iterable<number>, em?: EntityManager): Promise<WorkingDayCalendar> {
    const wanted = new Set(years);
    const all = await this.calendar(em);
    return {
      days: new Map([...all.days].filter(([date]) => wanted.has(Number(date.slice(0, 4))))),
      years: new Set([...all.years].filter((y) => wanted.has(y))),
    };
  }

  /** `addWorkingDays` on the stored calendar: the date n working days after `fromDate`, and whether it is approximate. */
  async addWorkingDays(fromDate: string, n: number, em?: EntityManager): Promise<WorkingDayResult> {
    return addWorkingDays(fromDate, n, await this.calendar(em));
  }

  /**
   * A synchronous adder on the stored calendar, for the pure deadline rules that take one (shared fraud
   * `WorkingDaysAdder`), with whether any date it answered was counted Monday–Friday (a year without a calendar).
   */
  async workingDaysAdder(em?: EntityManager): Promise<{ add: (fromDate: string, n: number) => string; approximate: () => boolean }> {
    const calendar = await this.calendar(em);
    let approximate = false;
    return {
      add: (fromDate, n) => {
        const result = addWorkingDays(fromDate, n, calendar);
        approximate ||= result.approximate;
        return result.date;
      },
      approximate: () => approximate,
    };
  }

  /**
   * A calendar write: its transaction, then this process forgets the calendar it keeps — after a rollback too (a read
   * inside the transaction may have kept an entry that never committed). The other processes see the commit's write mark.
   */
  private async writing<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.ds, work);
    } finally {
      this.cached.forget();
    }
  }

  async list(query: Record<string, unknown>) {
    const { rows, total } = await fetchList(this.ds.getRepository(Holiday).createQueryBuilder('h'), query, HOLIDAY_LIST);
    return { rows: rows.map(toHolidayRecord), total };
  }

  async get(id: number): Promise<HolidayRecord> {
    return toHolidayRecord(await this.load(this.ds.manager, id));
  }

  private async load(em: EntityManager, id: number): Promise<Holiday> {
    const found = Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? await em.findOneBy(Holiday, { id }) : null;
    if (!found) throw notFound('holidays', id);
    return found;
  }

  async create(actor: Actor, dto: CreateHolidayDto): Promise<HolidayRecord> {
    refuseEntry(dto);
    return this.writing(async (em) => {
      await assertDateFree(em, dto.date);
      const { identifiers } = await em.insert(Holiday, { date: dto.date, kind: dto.kind, name: dto.name, version: 1 });
      const record = toHolidayRecord(await em.findOneByOrFail(Holiday, { id: identifiers[0].id as number }));
      await this.audit.append(em, actor, { action: 'create', resource: 'holidays', resourceId: String(record.id), after: record });
      return record;
    });
  }

  async update(actor: Actor, id: number, dto: UpdateHolidayDto): Promise<HolidayRecord> {
    return this.writing(async (em) => {
      const before = await this.load(em, id);
      const { version, ...changes } = dto;
      refuseEntry({ date: changes.date ?? before.date, kind: changes.kind ?? before.kind });
      if (changes.date !== undefined && changes.date !== before.date) await assertDateFree(em, changes.date, id);
      await updateVersioned(em, Holiday, { id }, version, changes, 'holidays');
      const after = toHolidayRecord(await em.findOneByOrFail(Holiday, { id }));
      await this.audit.append(em, actor, { action: 'update', resource: 'holidays', resourceId: String(id), before: toHolidayRecord(before), after });
      return after;
    });
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.writing(async (em) => {
      const before = await this.load(em, id);
      await em.delete(Holiday, { id });
      await this.audit.append(em, actor, { action: 'delete', resource: 'holidays', resourceId: String(id), before: toHolidayRecord(before) });
    });
  }
}

function refuseEntry(entry: { date: string; kind: Holiday['kind'] }): void {
  const refusal = holidayEntryRefusal(entry);
  if (refusal) throw fieldError(refusal.field, refusal.message);
}

/** One entry a day (the unique index enforces it too): a second one for the date is a 409 naming the field. */
async function assertDateFree(em: EntityManager, date: string, exceptId?: number): Promise<void> {
  const taken = await em.findOneBy(Holiday, exceptId === undefined ? { date } : { date, id: Not(exceptId) });
  if (taken) {
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: [`date: ${date} 已有安排（${taken.name}），请修改该条 (already in the calendar; edit that entry)`],
      details: [{ field: 'date', messages: ['already in the calendar'] }],
    });
  }
}
