/** A background run as the API reports it (`GET /api/<resource>/:id`): poll until `status` is final. */
export interface BackgroundJobRecord<R = Record<string, unknown>> {
  id: number;
  kind: string;
  regionCode: string;
  username: string;
  params: Record<string, unknown>;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  /** units of work (settlements for a recompute, pooling regions for a detection); 0 until the runner has counted them */
  totalUnits: number;
  processedUnits: number;
  /** the runner's summary, once succeeded */
  result: R | null;
  message: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
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

/** What a high-cost warning detection reports (`cost-warning-detections`). */
export interface CostWarningDetectionSummary {
  year: number;
  regionCode: string;
  /** persons at or above the threshold who carried a watched identity (S3 §三) */
  found: number;
  created: number;
  updated: number;
  unchanged: number;
  /** pooling regions left out, with the reason (no approved parameters for the year) */
  skipped: Array<{ poolingRegionCode: string; reason: string }>;
}
