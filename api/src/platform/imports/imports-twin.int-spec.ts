import { ConflictException } from '@nestjs/common';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { processesOnOneDatabase, TestApp } from '../../../test/harness';
import { systemActor } from '../jobs/jobs.service';
import { ImportJob } from './import-job.entity';
import { ImportsService } from './imports.service';

const KIND = 'twin-test';

/**
 * The twin-upload check holds across API processes: the same file with the same kind and parameters is accepted once
 * while that import is unfinished, whichever processes the uploads reach at the same moment (a unique key on the
 * unfinished job; a check in each process alone let two processes both accept it).
 */
describe('imports: one unfinished import of a file across processes', () => {
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
  const upload = (app: TestApp, content: string, params: Record<string, unknown>) => {
    const file = path.join(work, `upload-${++n}.csv`);
    fs.writeFileSync(file, content);
    return app.app
      .get(ImportsService)
      .start(systemActor('450202'), KIND, { path: file, originalname: `u${n}.csv`, size: content.length }, params)
      .then(
        (job) => ({ job, file }),
        (err: unknown) => ({ err, file }),
      );
  };
  const jobsOf = async (fileHash: string) => (await apps[0].ds.getRepository(ImportJob).findBy({ kind: KIND, fileHash })).sort((x, y) => x.id - y.id);

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
});
