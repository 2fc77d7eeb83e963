import { settlementRecorder, WARNING_PERSONS } from '../../../test/assistance-cases';
import { testAppWith } from '../../../test/harness';
import { CostWarning } from '../../policy/assistance/cost-warnings/cost-warning.entity';
import { ComplianceResult } from '../../policy/compliance/compliance-results/compliance-result.entity';
import { AuditLog } from '../audit-log/audit-log.entity';
import { Notification } from '../notifications/notification.entity';
import { BackgroundJob } from './background-job.entity';
import { JobLeases } from './job-lease';
import { JobsService } from './jobs.service';

/** Another API process (not on this host: never taken back as a dead owner here), holding the lease for a day. */
const ELSEWHERE = 'another-host:4242:0a0b0c0d';

/**
 * A background runner whose job another process took over writes nothing further: its batch transactions confirm
 * the lease (the job row's guarded update) before they commit. The takeover is made the way another process's
 * claim makes it — the job row's owner changes — right after the runner's first progress report, so the runner's
 * next write is a batch, not a report.
 */
describe('background runners: a lost lease stops the batches', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'admin']);
  const write = JobLeases.prototype.write;
  let spy: jest.SpyInstance | undefined;

  afterEach(() => spy?.mockRestore());

  /** Takes the job over from this process right after its progress report of `processed` units (the last before a batch). */
  const takeOverAfterReport = (processed: number) => takeOverAfter((changes) => changes.processedUnits === processed && !('status' in changes));

  /** Takes the job over from this process right after the first of its guarded job writes outside a batch that `when` picks. */
  function takeOverAfter(when: (changes: Record<string, unknown>) => boolean): { taken: () => number | null } {
    let taken: number | null = null;
    spy = jest.spyOn(JobLeases.prototype, 'write').mockImplementation(async function (this: JobLeases, jobId, changes, em) {
      await write.call(this, jobId, changes, em);
      if (taken === null && !em && when(changes)) {
        taken = jobId;
        await t.ds
          .getRepository(BackgroundJob)
          .update({ id: jobId }, { leaseOwner: ELSEWHERE, leaseExpiresAt: new Date(Date.now() + 86_400_000), attempts: () => 'attempts + 1' });
      }
    });
    return { taken: () => taken };
  }

  async function startAndSettle(url: string, body: Record<string, unknown>, who = s.lz_city): Promise<BackgroundJob> {
    const started = await t.as(who).post(url).send(body).expect(202);
    await t.app.get(JobsService).settle(started.body.id);
    return t.ds.getRepository(BackgroundJob).findOneByOrFail({ id: started.body.id });
  }

  const audited = (resource: string, action: string) => t.ds.getRepository(AuditLog).countBy({ resource, action });

  it('warning detection: the first chunk of warnings rolls back, no summary is audited, the job stays the other process’s', async () => {
    const settle = settlementRecorder(t, s.lz_chengzhong);
    await settle(WARNING_PERSONS.marginal, ['dibao_marginal'], 1_000_000, 600_000, 250_000);
    await settle(WARNING_PERSONS.monitored, ['monitored_sudden'], 2_000_000, 1_200_000, 500_000);

    // reported: 0 of 1 pooling regions; then the pooling region's first chunk of warnings
    const { taken } = takeOverAfterReport(0);
    const job = await startAndSettle('/api/cost-warning-detections', { year: 2026 });
    expect(taken()).toBe(job.id);
    expect(await t.ds.getRepository(CostWarning).count()).toBe(0);
    expect(await audited('cost-warnings', 'detect')).toBe(0);
    // nothing written by this process after the takeover: not finished, not failed, progress as last reported
    expect(job).toMatchObject({ leaseOwner: ELSEWHERE, status: 'running', processedUnits: 0, finishedAt: null, message: null });

    // the same detection run by a process that keeps its lease writes the warning (the run above was not empty)
    spy!.mockRestore();
    const again = await startAndSettle('/api/cost-warning-detections', { year: 2026 });
    expect(again.status).toBe('succeeded');
    expect(await t.ds.getRepository(CostWarning).count()).toBe(1);
    expect(await audited('cost-warnings', 'detect')).toBe(1);
  });

  it('compliance run: the results are not replaced and no run is audited', async () => {
    // reported: 2 of 3 (counted, rolled up and judged); then the transaction that replaces the results
    const { taken } = takeOverAfterReport(2);
    const job = await startAndSettle('/api/compliance-runs', { regionCode: '450200', period: '2026-10' });
    expect(taken()).toBe(job.id);
    expect(await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-10' })).toBe(0);
    expect(await audited('compliance-runs', 'compute')).toBe(0);
    expect(job).toMatchObject({ leaseOwner: ELSEWHERE, status: 'running', processedUnits: 2, finishedAt: null });

    spy!.mockRestore();
    expect((await startAndSettle('/api/compliance-runs', { regionCode: '450200', period: '2026-10' })).status).toBe('succeeded');
    expect(await t.ds.getRepository(ComplianceResult).countBy({ period: '2026-10' })).toBeGreaterThan(0);
  });

  it('notification sweep (no progress reports): taken over once it started, it tells no one', async () => {
    // 柳州市's 2026 table, still a draft, was due on 12 April 2026: a sweep tells the city
    await t.as(s.lz_city).post('/api/responsibility-tables').send({ regionCode: '450200', year: 2026 }).expect(201);
    const before = await t.ds.getRepository(Notification).count();
    const { taken } = takeOverAfter((changes) => changes.status === 'running');
    const job = await startAndSettle('/api/notification-sweeps', {}, s.admin);
    expect(taken()).toBe(job.id);
    expect(await t.ds.getRepository(Notification).count()).toBe(before);
    expect(job).toMatchObject({ leaseOwner: ELSEWHERE, status: 'running', finishedAt: null });

    spy!.mockRestore();
    expect((await startAndSettle('/api/notification-sweeps', {}, s.admin)).status).toBe('succeeded');
    expect(await t.ds.getRepository(Notification).count()).toBeGreaterThan(before);
  });
});
