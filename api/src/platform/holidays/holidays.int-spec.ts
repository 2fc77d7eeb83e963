import { MoreThan } from 'typeorm';
import { HolidayRecord } from '@yibao/shared';
import { testAppWith } from '../../../test/harness';
import { AuditLog } from '../audit-log/audit-log.entity';
import { seedHolidays } from '../seed/seed';
import { HolidaysService } from './holidays.service';

describe('holidays: the working-day calendar', () => {
  const { t, s } = testAppWith(['admin', 'lz_inspector', 'auditor', 'security', 'lz_city']);
  const lastAuditId = async () => (await t.ds.getRepository(AuditLog).find({ order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;
  const year = async (y: number) => (await t.as(s.admin).get(`/api/holidays?year=${y}&_end=400`).expect(200)).body as HolidayRecord[];

  it('is seeded on first start with the State Council notices of 2025 and 2026, and every role reads it', async () => {
    const y2025 = await year(2025);
    expect(y2025.filter((d) => d.kind === 'holiday')).toHaveLength(28);
    expect(y2025.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    const y2026 = await year(2026);
    expect(y2026.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(y2026.find((d) => d.date === '2026-10-01')).toMatchObject({ kind: 'holiday', name: '国庆节', version: 1 });
    expect(y2026.map((d) => d.date)).toEqual([...y2026.map((d) => d.date)].sort());
    for (const who of ['lz_inspector', 'auditor', 'security', 'lz_city'] as const) {
      const res = await t.as(s[who]).get('/api/holidays?year=2026&kind=workday').expect(200);
      expect(res.body.map((d: HolidayRecord) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
      expect(res.headers['x-total-count']).toBe('6');
    }
  });

  it('the seed writes a year only while it has no day: a deleted seeded day stays deleted at the next start', async () => {
    const day = (await year(2025)).find((d) => d.date === '2025-06-02')!;
    await t.as(s.admin).delete(`/api/holidays/${day.id}`).expect(200);
    expect(await seedHolidays(t.ds)).toBe(0);
    expect((await year(2025)).some((d) => d.date === '2025-06-02')).toBe(false);
  });

  it('the system admin creates, edits and deletes a day, each write audited with before and after', async () => {
    const before = await lastAuditId();
    const created = await t.as(s.admin).post('/api/holidays').send({ date: '2027-10-01', kind: 'holiday', name: ' 国庆节 ' }).expect(201);
    expect(created.body).toMatchObject({ date: '2027-10-01', kind: 'holiday', name: '国庆节', version: 1 });
    const id = created.body.id as number;
    const dup = await t.as(s.admin).post('/api/holidays').send({ date: '2027-10-01', kind: 'holiday', name: '重复' }).expect(409);
    expect(dup.body.details[0].field).toBe('date');
    const edited = await t.as(s.admin).patch(`/api/holidays/${id}`).send({ name: '国庆节（更正）', version: 1 }).expect(200);
    expect(edited.body).toMatchObject({ name: '国庆节（更正）', version: 2 });
    await t.as(s.admin).patch(`/api/holidays/${id}`).send({ name: '过期写入', version: 1 }).expect(409);
    await t.as(s.admin).delete(`/api/holidays/${id}`).expect(200);
    await t.as(s.admin).get(`/api/holidays/${id}`).expect(404);
    const rows = await t.ds.getRepository(AuditLog).find({ where: { id: MoreThan(before), resource: 'holidays' }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.action, r.resourceId, r.username])).toEqual([
      ['create', String(id), 'admin'],
      ['update', String(id), 'admin'],
      ['delete', String(id), 'admin'],
    ]);
  });

  it('every other role gets 403 on writes, and nothing is written', async () => {
    const day = (await year(2026)).find((d) => d.date === '2026-02-16')!;
    const before = await lastAuditId();
    for (const who of ['lz_inspector', 'auditor', 'security', 'lz_city'] as const) {
      await t.as(s[who]).post('/api/holidays').send({ date: '2027-05-01', kind: 'holiday', name: '劳动节' }).expect(403);
      await t.as(s[who]).patch(`/api/holidays/${day.id}`).send({ name: '改', version: day.version }).expect(403);
      await t.as(s[who]).delete(`/api/holidays/${day.id}`).expect(403);
    }
    expect(await t.as(s.admin).get(`/api/holidays/${day.id}`).expect(200)).toMatchObject({ body: { name: '春节', version: day.version } });
    expect((await year(2027)).some((d) => d.date === '2027-05-01')).toBe(false);
    expect(await lastAuditId()).toBe(before);
  });

  it('bad input is a 400 naming the field, and nothing is written', async () => {
    const before = await lastAuditId();
    for (const [body, field] of [
      [{ date: '2027-02-30', kind: 'holiday', name: '春节' }, 'date'],
      [{ date: '2027/02/01', kind: 'holiday', name: '春节' }, 'date'],
      [{ date: '1999-02-01', kind: 'holiday', name: '春节' }, 'date'],
      [{ date: '2027-02-06', kind: 'weekend', name: '春节' }, 'kind'],
      [{ date: '2027-02-06', kind: 'holiday', name: '' }, 'name'],
      [{ date: '2027-02-06', kind: 'holiday', name: '节'.repeat(51) }, 'name'],
      [{ date: '2027-02-06', kind: 'holiday' }, 'name'],
      // a 调休 working day is a weekend day made a working day: 2027-02-08 is a Monday
      [{ date: '2027-02-08', kind: 'workday', name: '春节' }, 'date'],
    ] as const) {
      const res = await t.as(s.admin).post('/api/holidays').send(body).expect(400);
      expect([JSON.stringify(body), res.body.details.map((d: { field: string }) => d.field)]).toEqual([JSON.stringify(body), [field]]);
    }
    // an edit that would turn a holiday on a weekday (Wednesday 2026-10-07) into a 调休 working day
    const day = (await year(2026)).find((d) => d.date === '2026-10-07')!;
    const res = await t.as(s.admin).patch(`/api/holidays/${day.id}`).send({ kind: 'workday', version: day.version }).expect(400);
    expect(res.body.details[0].field).toBe('date');
    await t
      .as(s.admin)
      .post('/api/holidays')
      .send({ date: '2027-02-06', kind: 'holiday', name: '节'.repeat(50) })
      .expect(201);
    // a weekend 调休 day is fine
    await t.as(s.admin).post('/api/holidays').send({ date: '2027-02-07', kind: 'workday', name: '春节' }).expect(201);
    const rows = await t.ds.getRepository(AuditLog).find({ where: { id: MoreThan(before), resource: 'holidays' } });
    expect(rows).toHaveLength(2);
    await t.as(s.admin).get('/api/holidays?year=20x6').expect(400);
  });

  it("the service's working-day answer changes with the calendar: a write is seen at once (the cache is forgotten)", async () => {
    const holidays = t.app.get(HolidaysService);
    // 2028 has no calendar: Monday–Friday, approximate
    expect(await holidays.addWorkingDays('2027-12-31', 1)).toEqual({ date: '2028-01-03', approximate: true });
    const created = await t.as(s.admin).post('/api/holidays').send({ date: '2028-01-03', kind: 'holiday', name: '元旦' }).expect(201);
    expect(await holidays.addWorkingDays('2027-12-31', 1)).toEqual({ date: '2028-01-04', approximate: false });
    await t.as(s.admin).patch(`/api/holidays/${created.body.id}`).send({ date: '2028-01-04', version: 1 }).expect(200);
    expect(await holidays.addWorkingDays('2027-12-31', 1)).toEqual({ date: '2028-01-03', approximate: false });
    await t.as(s.admin).delete(`/api/holidays/${created.body.id}`).expect(200);
    expect(await holidays.addWorkingDays('2027-12-31', 1)).toEqual({ date: '2028-01-03', approximate: true });
    // the seeded National Day week: 15 working days from Monday 2026-09-21 (令第4号 art. 14) end on 2026-10-19
    expect(await holidays.addWorkingDays('2026-09-21', 15)).toEqual({ date: '2026-10-19', approximate: false });
    const only2026 = await holidays.calendarFor([2026]);
    expect([...only2026.years]).toEqual([2026]);
    expect(only2026.days.get('2026-10-10')).toBe('workday');
    expect(only2026.days.has('2025-10-01')).toBe(false);
  });
});
