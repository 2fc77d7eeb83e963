export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * What every job a user starts reports (`GET /api/<resource>/:id`), file imports and background runs alike:
 * poll until `status` is final. `processed` / `total` are the one progress shape clients read; each kind
 * keeps its own names for them as well (`processedRows`/`totalRows`, `processedUnits`/`totalUnits`).
 */
export interface JobRecord<P = Record<string, unknown>> {
  id: number;
  kind: string;
  regionCode: string;
  username: string;
  params: P;
  status: JobStatus;
  /** units done so far (rows of a file, settlements, pooling regions…) */
  processed: number;
  /** units in all; null while the job has not counted them */
  total: number | null;
  message: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export const isJobFinished = (job: { status: string }) => job.status === 'succeeded' || job.status === 'failed';

/** A file import as the API reports it (`GET /api/<imports>/:id`, the same for every importer). */
export interface ImportJobRecord<P = Record<string, unknown>> extends JobRecord<P> {
  filename: string;
  /** data rows in the file; null until the job has counted them (the same as `total`) */
  totalRows: number | null;
  /** the same as `processed` */
  processedRows: number;
  errorCount: number;
  /** rows written, by the importer's outcomes */
  counts: Record<string, number>;
}

/** One rejected line as the import's page shows it (`GET /api/<imports>/:id/rejected`, the first 100 by line). */
export interface ImportRejectedRow {
  /** as a spreadsheet shows it (header = 1) */
  line: number;
  /** "中文 (english)"; ID numbers in it masked */
  reason: string;
}

/** A background run as the API reports it (`GET /api/<resource>/:id`). */
export interface BackgroundJobRecord<R = Record<string, unknown>, P = Record<string, unknown>> extends JobRecord<P> {
  /** units of work (settlements for a recompute, pooling regions for a detection); 0 until the runner has counted them (`total` is null then) */
  totalUnits: number;
  processedUnits: number;
  /** the runner's summary, once succeeded */
  result: R | null;
}

/** What a settlement recompute reports (`settlement-recomputes`). */
export interface SettlementRecomputeSummary {
  year: number;
  regionCode: string;
  persons: number;
  settlements: number;
  /** rows whose computed tiers or flags changed and were rewritten */
  changed: number;
  /** settlements per flag after the run */
  flags: Record<string, number>;
  /** pooling regions without approved parameters for the year (their settlements were left as they were) */
  skipped: string[];
}
