import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StartedJob } from '../jobs/job-columns';

/**
 * One uploaded file being imported. `processedRows` advances in the same transaction as each batch's
 * writes, so after a crash the job resumes exactly after the last committed batch.
 */
@Entity('import_jobs')
@Index('idx_import_jobs_region', ['regionCode'])
// the takeover poll: unfinished imports whose lease ran out
@Index('idx_import_jobs_lease', ['status', 'leaseExpiresAt'])
export class ImportJob extends StartedJob {
  @Column({ type: 'varchar', length: 255 })
  filename: string;

  /** the stored upload (server-side path, never sent to clients) */
  @Column({ type: 'varchar', length: 500 })
  filePath: string;

  @Column({ type: 'varchar', length: 64 })
  fileHash: string;

  /**
   * While the job is queued or running: sha256 of its kind, file hash and parameters (ImportsService.twinKeyOf); NULL
   * once it has ended, so the same file can be imported again. Unique: one unfinished import of a file with the same
   * kind and parameters, across every API process (NULLs do not collide)
   */
  @Index('uq_import_jobs_twin', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  twinKey: string | null;

  @Column({ type: 'int', default: 0 })
  totalRows: number;

  /** data rows consumed (good and bad) by committed batches */
  @Column({ type: 'int', default: 0 })
  processedRows: number;

  @Column({ type: 'int', default: 0 })
  errorCount: number;

  /** JSON: counts by outcome, e.g. {"new":3,"identity_changed":1} */
  @Column({ type: 'varchar', length: 2000, default: '{}' })
  counts: string;
}

/** A rejected row: line as a spreadsheet shows it (header = 1) and the reason, for the error report. */
@Entity('import_row_errors')
@Index('idx_import_row_errors_job', ['jobId', 'line'])
export class ImportRowError {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  jobId: number;

  @Column({ type: 'int' })
  line: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** the row's cells as JSON, so the report can show what was sent */
  @Column({ type: 'text' })
  raw: string;
}
