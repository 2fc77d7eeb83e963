/**
 * A stored result's columns the cells show, as read raw (no entity hydration: the expanded scorecard reads ≈ 5,000) —
 * the one shape of a stored figure the reads share (the scorecard's cells, the annual report's frozen figures).
 */
export interface StoredCell {
  regionCode: string;
  period: string;
  indicatorId: string;
  numerator: number;
  denominator: number;
  value: number | null;
  status: string;
  threshold: number;
  runId: number;
  computedAt: Date | string;
  snapshotId: number | null;
  liveNumerator: number | null;
  liveDenominator: number | null;
}

/** The columns of StoredCell, in the order read. */
export const STORED_CELL_COLUMNS: readonly (keyof StoredCell)[] = [
  'regionCode',
  'period',
  'indicatorId',
  'numerator',
  'denominator',
  'value',
  'status',
  'threshold',
  'runId',
  'computedAt',
  'snapshotId',
  'liveNumerator',
  'liveDenominator',
];

const numberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** A raw row as StoredCell: BIGINT and DOUBLE may come back as strings, a datetime as SQLite's UTC text. */
export function storedCellOf(raw: Record<string, unknown>): StoredCell {
  return {
    regionCode: String(raw.regionCode),
    period: String(raw.period),
    indicatorId: String(raw.indicatorId),
    numerator: Number(raw.numerator),
    denominator: Number(raw.denominator),
    value: numberOrNull(raw.value),
    status: String(raw.status),
    threshold: Number(raw.threshold),
    runId: Number(raw.runId),
    computedAt: raw.computedAt as Date | string,
    snapshotId: numberOrNull(raw.snapshotId),
    liveNumerator: numberOrNull(raw.liveNumerator),
    liveDenominator: numberOrNull(raw.liveDenominator),
  };
}
