import { isSqlite } from '../../database/data-source';
import { processesOnOneDatabase, TestApp } from '../../../test/harness';
import { BackgroundJob } from './background-job.entity';
import { JobSerialKey } from './job-serial-key.entity';
import { COMPLIANCE_RUN } from '../../policy/compliance/compliance-runs/compliance-runs.service';
import { OVER_PROTECTION_SCREENING } from '../../policy/rectification/over-protection-screenings/over-protection-screenings.service';
import { SCREENING_RUN } from '../../policy/screening/screening-runs/screening-runs.service';
import { type JobRunner, JobsService, systemActor } from './jobs.service';

/** Another API process (not on this host: never taken back as a dead owner here). */
const ELSEWHERE = 'another-host:4242:0a0b0c0d';
const KIND = 'serial-key-test';
/** short leases: a waiting job is polled for every ⅓ s… 2 s / 3 */
const LEASE_SECONDS = '2';

interface Span {
  jobId: number;
  process: string;
  start: number;
  end: number;
}

/**
 * Runs of the same serial key never overlap across API processes: two app instances on one database (each its own
 * pool, job service and takeover poll, as two processes have) both run a test runner whose jobs carry a key.
 */
describe('background jobs: serial keys across processes', () => {
  const apps = processesOnOneDatabase(2, { JOB_LEASE_SECONDS: LEASE_SECONDS });
  const spans: Span[] = [];

  beforeAll(() => {
    apps.forEach((a, i) =>
      a.app.get(JobsService).register<{ key: string; ms: number }, Record<string, unknown>>({
        kind: KIND,
        resource: 'screening-runs',
        serialKeys: ({ key }) => [`${KIND}:${key}`],
        run: async (_actor, { ms }, progress) => {
          const span: Span = { jobId: progress.jobId!, process: 'AB'[i], start: Date.now(), end: Infinity };
          spans.push(span);
          await new Promise((resolve) => setTimeout(resolve, ms));
          span.end = Date.now();
          return {};
        },
      }),
    );
  });

  const start = (app: TestApp, key: string, ms = 1500) => app.app.get(JobsService).start(systemActor(), KIND, { key, ms });
  const job = (id: number) => apps[0].ds.getRepository(BackgroundJob).findOneByOrFail({ id });
  const spanOf = (jobId: number) => spans.find((s) => s.jobId === jobId);

  async function finished(ids: number[], timeoutMs = 30_000): Promise<BackgroundJob[]> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const jobs = await Promise.all(ids.map(job));
      if (jobs.every((j) => j.status === 'succeeded' || j.status === 'failed') || Date.now() > until) return jobs;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('two jobs of the same key run one after the other, on any process; a job of another key runs meanwhile', async () => {
    const [a, b] = apps;
    const first = await start(a, 'pooling-1');
    // the first is running (holds the key) before the others are started
    while (!spanOf(first.id)) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await start(b, 'pooling-1');
    const other = await start(b, 'pooling-2');
    // the second is held back, not failed: queued until the first lets go of the key
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await job(second.id)).status).toBe('queued');

    const jobs = await finished([first.id, second.id, other.id]);
    expect(jobs.map((j) => j.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const [s1, s2, s3] = [spanOf(first.id)!, spanOf(second.id)!, spanOf(other.id)!];
    expect(spans.filter((s) => s.jobId === second.id)).toHaveLength(1);
    // the second started only after the first had finished
    expect(s2.start).toBeGreaterThanOrEqual(s1.end);
    // another key: not held back by the first
    expect(s3.start).toBeLessThan(s1.end);
    // a waiting job's claims are not counted as runs
    expect((await job(second.id)).attempts).toBe(1);
    // every key let go (a job's keys go after its final status is written: wait for that, up to 10 s)
    const until = Date.now() + 10_000;
    while ((await a.ds.getRepository(JobSerialKey).count()) > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await a.ds.getRepository(JobSerialKey).count()).toBe(0);
  }, 60_000);

  /** A key held by a job of a process elsewhere, whose hold runs out in `seconds` (database clock). */
  async function heldElsewhere(key: string, seconds: number, holderStatus: string): Promise<number> {
    const ds = apps[0].ds;
    const holder = await ds.getRepository(BackgroundJob).save(
      ds.getRepository(BackgroundJob).create({
        kind: KIND,
        regionCode: '000000',
        userId: 0,
        username: 'system',
        params: JSON.stringify({ key, ms: 0 }),
        status: holderStatus,
        totalUnits: 0,
        processedUnits: 0,
        attempts: 1,
        // its own lease is far away: nobody takes the holder's job over during the test
        leaseOwner: ELSEWHERE,
        leaseExpiresAt: new Date(Date.now() + 86_400_000),
      }),
    );
    const expiry = isSqlite(ds) ? `strftime('%Y-%m-%d %H:%M:%f', 'now', '+${seconds} seconds')` : `NOW(3) + INTERVAL ${seconds} SECOND`;
    await ds
      .createQueryBuilder()
      .insert()
      .into(JobSerialKey)
      .values({ serialKey: `${KIND}:${key}`, jobId: holder.id, holder: ELSEWHERE, expiresAt: () => expiry })
      .execute();
    return holder.id;
  }

  it('a key whose holder stopped renewing it is taken over once its hold has run out', async () => {
    const holderId = await heldElsewhere('pooling-3', 3, 'running');
    const waiting = await start(apps[0], 'pooling-3', 10);
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await job(waiting.id)).status).toBe('queued');
    expect(spanOf(waiting.id)).toBeUndefined();

    const [done] = await finished([waiting.id]);
    expect(done.status).toBe('succeeded');
    expect(spanOf(waiting.id)!.start - before).toBeGreaterThanOrEqual(2500);
    await apps[0].ds.getRepository(BackgroundJob).update({ id: holderId }, { status: 'failed' });
  }, 60_000);

  it('a key whose holder’s job has ended is taken at once, however long its hold', async () => {
    const holderId = await heldElsewhere('pooling-4', 3600, 'failed');
    const started = await start(apps[1], 'pooling-4', 10);
    const [done] = await finished([started.id], 10_000);
    expect(done.status).toBe('succeeded');
    expect(await apps[0].ds.getRepository(JobSerialKey).countBy({ jobId: holderId })).toBe(0);
  }, 30_000);

  it('the runners that replace a subtree’s results key a county’s run and its city’s (or province’s) alike', async () => {
    const runners = (apps[0].app.get(JobsService) as unknown as { runners: Map<string, JobRunner> }).runners;
    const keys = (kind: string, params: Record<string, unknown>) => runners.get(kind)!.serialKeys!(params);
    // 城中区 (450202) and 柳州市 (450200): one pooling region
    expect(await keys(SCREENING_RUN, { regionCode: '450202', year: 2026 })).toEqual(await keys(SCREENING_RUN, { regionCode: '450200', year: 2026 }));
    expect(await keys(SCREENING_RUN, { regionCode: '450202', year: 2026 })).not.toEqual(await keys(SCREENING_RUN, { regionCode: '450202', year: 2025 }));
    // compliance: per province and period
    expect(await keys(COMPLIANCE_RUN, { regionCode: '450202', period: '2026-05' })).toEqual(
      await keys(COMPLIANCE_RUN, { regionCode: '450000', period: '2026-05' }),
    );
    // over-protection: per campaign and year, whatever the region
    expect(await keys(OVER_PROTECTION_SCREENING, { regionCode: '450202', year: 2026, campaignId: 7 })).toEqual(
      await keys(OVER_PROTECTION_SCREENING, { regionCode: '450000', year: 2026, campaignId: 7 }),
    );
  });
});
