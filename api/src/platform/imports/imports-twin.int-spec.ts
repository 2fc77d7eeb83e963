import { ConflictException } from '@nestjs/common';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processesOnOneDatabase, TestApp } from '../../../test/harness';
import { JobSerialKey } from '../jobs/job-serial-key.entity';
import { systemActor } from '../jobs/jobs.service';
import { ImportJob } from './import-job.entity';
import { ImportsService } from './imports.service';

const KIND = 'twin-test';

/**
 * Across API processes: the same file with the same kind and parameters is accepted once while that import is
 * unfinished, whichever processes the uploads reach at the same moment (a unique key on the unfinished job; a check
 * in each process alone let two processes both accept it); and one import of a kind runs per county at a time (its
 * serial key), another county's meanwhile.
 */
describe('imports across processes: one unfinished import of a file, one import of a kind per county at a time', () => {
  const apps = processesOnOneDatabase(2);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-twin-'));
  // the job's run waits here (before any transaction): the import stays unfinished while the uploads race
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const hold = () => (gate = new Promise<void>((resolve) => (release = resolve)));

  beforeAll(() => {
    for (const a of apps)
      a.app.get(ImportsService).register<string, object>({
        kind: KIND,
        resource: 'beneficiaries',
        headers: ['值'],
        createContext: async () => {
          await gate;
          return {};
        },
        validate: (row) => row.cells['值'] ?? '',
        writeBatch: async (_em, rows) => ({ ok: rows.length }),
      });
  });
  afterAll(() => {
    release();
    fs.rmSync(work, { recursive: true, force: true });
  });

  /** An upload of `content` as a fresh file (a refused upload is deleted by the service). */
  let n = 0;
  const upload = (app: TestApp, content: string, params: Record<string, unknown>, county = '450202') => {
    const file = path.join(work, `upload-${++n}.csv`);
    fs.writeFileSync(file, content);
    return app.app
      .get(ImportsService)
      .start(systemActor(county), KIND, { path: file, originalname: `u${n}.csv`, size: content.length }, params)
      .then(
        (job) => ({ job, file }),
        (err: unknown) => ({ err, file }),
      );
  };
  const jobsOf = async (fileHash: string) => (await apps[0].ds.getRepository(ImportJob).findBy({ kind: KIND, fileHash })).sort((x, y) => x.id - y.id);

  async function statusIs(id: number, status: string): Promise<ImportJob> {
    const until = Date.now() + 30_000;
    for (;;) {
      const job = await apps[0].ds.getRepository(ImportJob).findOneByOrFail({ id });
      if (job.status === status || Date.now() > until) return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function finished(id: number): Promise<ImportJob> {
    const until = Date.now() + 30_000;
    for (;;) {
      const job = await apps[0].ds.getRepository(ImportJob).findOneByOrFail({ id });
      if (job.status === 'succeeded' || job.status === 'failed' || Date.now() > until) return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('six identical uploads at once on two processes: one job, five 409s with their files deleted; once it has ended the file imports again', async () => {
    const content = '\uFEFF值\r\n1\r\n2\r\n';
    hold();
    const results = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => upload(apps[i % 2], content, { month: '2026-09' })));
    const accepted = results.filter((r) => 'job' in r);
    const refused = results.filter((r) => 'err' in r);
    expect(accepted).toHaveLength(1);
    expect(refused.map((r) => (r as { err: unknown }).err)).toEqual(Array(5).fill(expect.any(ConflictException)));
    for (const r of refused) expect(fs.existsSync(r.file)).toBe(false);
    const { job } = accepted[0] as { job: { id: number } };
    const [only, ...others] = await jobsOf((await apps[0].ds.getRepository(ImportJob).findOneByOrFail({ id: job.id })).fileHash);
    expect(others).toEqual([]);
    expect(only.twinKey).toMatch(/^[0-9a-f]{64}$/);

    // other parameters: another import, accepted meanwhile
    const otherMonth = await upload(apps[1], content, { month: '2026-10' });
    expect('job' in otherMonth).toBe(true);

    release();
    expect(await finished(only.id)).toMatchObject({ status: 'succeeded', twinKey: null });
    await finished((otherMonth as { job: { id: number } }).job.id);
    // ended: the same file with the same parameters is a new import, on either process
    const again = await upload(apps[1], content, { month: '2026-09' });
    expect('job' in again).toBe(true);
    expect(await finished((again as { job: { id: number } }).job.id)).toMatchObject({ status: 'succeeded', twinKey: null });
  }, 60_000);

  it("a second file of the same county waits for the first import's end, on whichever process; another county's runs meanwhile", async () => {
    hold();
    const first = await upload(apps[0], '\uFEFF值\r\n1\r\n', { month: '2026-11' });
    const a = (first as { job: { id: number } }).job.id;
    expect(await statusIs(a, 'running')).toMatchObject({ status: 'running' }); // held at its first step
    const second = await upload(apps[1], '\uFEFF值\r\n2\r\n', { month: '2026-11' });
    const otherCounty = await upload(apps[1], '\uFEFF值\r\n3\r\n', { month: '2026-11' }, '450203');
    const b = (second as { job: { id: number } }).job.id;
    const c = (otherCounty as { job: { id: number } }).job.id;
    expect(await statusIs(c, 'running')).toMatchObject({ status: 'running' });
    release();
    const [doneA, doneB, doneC] = [await finished(a), await finished(b), await finished(c)];
    expect([doneA.status, doneB.status, doneC.status]).toEqual(['succeeded', 'succeeded', 'succeeded']);
    // the same county's second import started only once the first had ended; the other county's did not wait
    expect(doneB.startedAt!.getTime()).toBeGreaterThanOrEqual(doneA.finishedAt!.getTime());
    expect(doneC.startedAt!.getTime()).toBeLessThan(doneA.finishedAt!.getTime());
    // its wait for the key is not a run: no attempt counted for it
    expect(doneB.attempts).toBe(1);
    // every key let go of (after the final status write)
    const until = Date.now() + 10_000;
    while ((await apps[0].ds.getRepository(JobSerialKey).countBy({ jobTable: 'import_jobs' })) > 0 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await apps[0].ds.getRepository(JobSerialKey).countBy({ jobTable: 'import_jobs' })).toBe(0);
  }, 60_000);
});
