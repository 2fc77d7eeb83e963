import { processesOnOneDatabase, TEST_DB, TestApp } from '../../../test/harness';
import { dailySlot, JobsService } from './jobs.service';
import { SweepSlot } from './sweep-slot.entity';

/**
 * A scheduled sweep runs once per slot whichever API process wins: three app instances on one database (each
 * its own connection pool, as three processes have) race for the same slot.
 */
describe('scheduled sweeps: one run per slot across processes', () => {
  const apps = processesOnOneDatabase(3);

  it('three processes claiming the same slot at once: exactly one runs the sweep; the next slot runs once again', async () => {
    const runs: number[] = [];
    const claim = (t: TestApp, i: number, slot: string) => t.app.get(JobsService).runInSlot('test sweep', slot, async () => void runs.push(i));
    // at once on MariaDB; one after another on SQLite, whose three connections in one process would wait on each
    // other with the event loop blocked (three processes on one SQLite file wait for each other as usual)
    const race = async (slot: string) => {
      if (TEST_DB === 'mysql') return Promise.all(apps.map((t, i) => claim(t, i, slot)));
      const won: boolean[] = [];
      for (const [i, t] of apps.entries()) won.push(await claim(t, i, slot));
      return won;
    };
    const first = await race('2026-12-06T22:00:00.000Z');
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(runs).toHaveLength(1);
    // a late timer for the same slot (a process whose clock lags) finds it taken
    expect(await apps[2].app.get(JobsService).runInSlot('test sweep', '2026-12-06T22:00:00.000Z', async () => void runs.push(9))).toBe(false);
    const second = await race('2026-12-07T22:00:00.000Z');
    expect(second.filter(Boolean)).toHaveLength(1);
    expect(runs).toHaveLength(2);
    expect(await apps[0].ds.getRepository(SweepSlot).countBy({ sweep: 'test sweep' })).toBe(2);
  });

  it('the slot of a run is the same key in every process, a timer firing a little early or late included', () => {
    expect(dailySlot(22, new Date('2026-12-06T22:00:00.120Z'))).toBe('2026-12-06T22:00:00.000Z');
    expect(dailySlot(22, new Date('2026-12-06T21:59:58.000Z'))).toBe('2026-12-06T22:00:00.000Z');
    expect(dailySlot(22, new Date('2026-12-07T03:00:00.000Z'))).toBe('2026-12-06T22:00:00.000Z');
    expect(dailySlot(2, new Date('2026-12-07T01:00:00.000Z'))).toBe('2026-12-06T02:00:00.000Z');
  });
});
