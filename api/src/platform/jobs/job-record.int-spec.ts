import { ROSTER_HEADERS } from '@yibao/shared';
import { testAppWith, idFor } from '../../../test/harness';
import { ImportsService } from '../imports/imports.service';
import { User } from '../users/user.entity';
import { BackgroundJob } from './background-job.entity';
import { JobsService } from './jobs.service';

/** Issue 12 §4: imports and background runs report their progress the same way (`processed`, `total`). */
describe('one job shape (JobRecord)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city']);
  const csv = (rows: string[][]) => '\uFEFF' + [ROSTER_HEADERS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';

  it('an import reports processed / total (null until counted) next to processedRows / totalRows', async () => {
    const rows = [
      [idFor('450202', '19800101', 411), '张一', '450202', '脱贫人口', '民政', '在册'],
      [idFor('450202', '19800101', 412), '李二', '450202', '脱贫人口', '民政', '在册'],
      ['not-an-id', '坏一', '450202', '脱贫人口', '民政', '在册'],
    ];
    const started = await t
      .as(s.lz_chengzhong)
      .post('/api/roster-imports')
      .field('month', '2026-03')
      .attach('file', Buffer.from(csv(rows)), 'r.csv')
      .expect(202);
    expect(started.body).toMatchObject({ status: 'queued', processed: 0, total: null, processedRows: 0, totalRows: null });
    await t.app.get(ImportsService).settle(started.body.id);
    const job = (await t.as(s.lz_chengzhong).get(`/api/roster-imports/${started.body.id}`).expect(200)).body;
    expect(job).toMatchObject({ status: 'succeeded', processed: 3, total: 3, processedRows: 3, totalRows: 3, errorCount: 1 });
    const list = (await t.as(s.lz_chengzhong).get('/api/roster-imports').expect(200)).body;
    expect(list.find((j: { id: number }) => j.id === job.id)).toMatchObject({ processed: 3, total: 3 });
  });

  it('a background run reports total null while uncounted, and its units once counted or finished', async () => {
    const started = await t.as(s.lz_city).post('/api/settlement-recomputes').send({ year: 2026 }).expect(202);
    expect(started.body).toMatchObject({ status: 'queued', processed: 0, total: null, processedUnits: 0, totalUnits: 0 });
    await t.app.get(JobsService).settle(started.body.id);
    const job = (await t.as(s.lz_city).get(`/api/settlement-recomputes/${started.body.id}`).expect(200)).body;
    expect(job.status).toBe('succeeded');
    // finished: the units are known even when there were none
    expect(job).toMatchObject({ processed: job.processedUnits, total: job.totalUnits });

    // a run still counting (0 of 0) has no total yet; one that has counted shows it
    const city = await t.ds.getRepository(User).findOneByOrFail({ username: 'lz_city' });
    const base = {
      kind: 'settlement-recompute',
      regionCode: city.regionCode,
      userId: city.id,
      username: city.username,
      params: '{"year":2026}',
      status: 'running',
      result: null,
      message: null,
      attempts: 1,
    };
    const counting = await t.ds.getRepository(BackgroundJob).save({ ...base, totalUnits: 0, processedUnits: 0 });
    const counted = await t.ds.getRepository(BackgroundJob).save({ ...base, totalUnits: 40, processedUnits: 10 });
    expect((await t.as(s.lz_city).get(`/api/settlement-recomputes/${counting.id}`).expect(200)).body).toMatchObject({
      processed: 0,
      total: null,
      totalUnits: 0,
    });
    expect((await t.as(s.lz_city).get(`/api/settlement-recomputes/${counted.id}`).expect(200)).body).toMatchObject({
      processed: 10,
      total: 40,
      processedUnits: 10,
      totalUnits: 40,
    });
  });
});
