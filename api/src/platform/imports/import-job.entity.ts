import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One uploaded file being imported. `processedRows` advances in the same transaction as each batch's
 * writes, so after a crash the job resumes exactly after the last committed batch.
 */
@Entity('import_jobs')
export class ImportJob {
  @PrimaryGeneratedColumn()
  id: number;

  /** which importer: 'roster', later 'settlements' */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** the uploader's region (scope) */
  @Index('idx_import_jobs_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  /** the stored upload (server-side path, never sent to clients) */
  @Column({ type: 'varchar', length: 500 })
  filePath: string;

  @Column({ type: 'varchar', length: 64 })
  fileHash: string;

  /** JSON: the importer's parameters, e.g. {"month":"2026-05"} */
  @Column({ type: 'varchar', length: 1000 })
  params: string;

  /** queued | running | succeeded | failed */
  @Column({ type: 'varchar', length: 16 })
  status: string;

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

  @Column({ type: 'varchar', length: 1000, nullable: true })
  message: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;
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
