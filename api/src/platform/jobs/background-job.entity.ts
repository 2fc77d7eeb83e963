import { Column, Entity, Index } from 'typeorm';
import { StartedJob } from './job-columns';

/**
 * A long run started by a user that is not a file import (recompute after a parameter revision…): the client
 * gets 202 with the job and polls its progress. Runners are idempotent, so a job cut short by a restart is
 * run again from the start.
 */
@Entity('background_jobs')
@Index('idx_background_jobs_region', ['regionCode'])
// the takeover poll: unfinished jobs whose lease ran out
@Index('idx_background_jobs_lease', ['status', 'leaseExpiresAt'])
export class BackgroundJob extends StartedJob {
  /** units of work (persons, rows…) in the run; 0 until known */
  @Column({ type: 'int', default: 0 })
  totalUnits: number;

  @Column({ type: 'int', default: 0 })
  processedUnits: number;

  /** JSON: the runner's summary when it finished */
  @Column({ type: 'text', nullable: true })
  result: string | null;
}
