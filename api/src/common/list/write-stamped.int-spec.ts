import { processesOnOneDatabase } from '../../../test/harness';
import { HolidaysService } from '../../platform/holidays/holidays.service';
import { RegionsService } from '../../platform/regions/regions.service';

/**
 * Reference data each API process keeps (the holiday calendar, region names) agrees across processes: two app
 * instances on one database (each its own pool and its own service instances, as two processes have); a write
 * through A is seen by B's next use, with no write of B's own to clear its copy.
 */
describe('reference data kept per process, under the list write marks', () => {
  const apps = processesOnOneDatabase(2);

  it('a holiday added through process A moves the deadlines process B counts at its next use', async () => {
    const [a, b] = apps;
    const onB = b.app.get(HolidaysService);
    // Friday 2026-05-29 + 1 working day: Monday 2026-06-01 on the seeded calendar
    expect(await onB.addWorkingDays('2026-05-29', 1)).toEqual({ date: '2026-06-01', approximate: false });
    // kept while no process writes: the same calendar again
    const kept = await onB.calendar();
    expect(await onB.calendar()).toBe(kept);

    const admin = await a.login('admin');
    const created = await a.as(admin).post('/api/holidays').send({ date: '2026-06-01', kind: 'holiday', name: '测试假日' }).expect(201);
    expect(await onB.addWorkingDays('2026-05-29', 1)).toEqual({ date: '2026-06-02', approximate: false });

    await a.as(admin).delete(`/api/holidays/${created.body.id}`).expect(200);
    expect(await onB.addWorkingDays('2026-05-29', 1)).toEqual({ date: '2026-06-01', approximate: false });
  });

  it('a region renamed through process A is named anew by process B at its next lookup', async () => {
    const [a, b] = apps;
    const onB = b.app.get(RegionsService);
    expect(await onB.names(['450202', '450200'])).toEqual(
      new Map([
        ['450202', '城中区'],
        ['450200', '柳州市'],
      ]),
    );

    const admin = await a.login('admin');
    const region = (await a.as(admin).get('/api/regions/450202').expect(200)).body;
    await a.as(admin).patch('/api/regions/450202').send({ name: '城中区（更名）', version: region.version }).expect(200);
    expect(await onB.name('450202')).toBe('城中区（更名）');
    // inside a transaction of B's (a workflow hook's lookup) too
    expect(await b.ds.transaction((em) => onB.names(['450202', '450200'], em))).toEqual(
      new Map([
        ['450202', '城中区（更名）'],
        ['450200', '柳州市'],
      ]),
    );
  });
});
