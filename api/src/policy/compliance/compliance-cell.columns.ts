import { Column } from 'typeorm';

// a mixin's base must be constructible with any arguments (TS2545)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RecordClass = abstract new (...args: any[]) => object;

/** A base for a record that is not otherwise derived (results, comments). */
abstract class PlainRecord {}

/**
 * The scorecard cell a record belongs to — a result, a comment, a follow-up action: the region (the scope column), the
 * period and the indicator, with the same names, types and lengths everywhere. Columns only; each entity keeps its own
 * indexes (index names are database-wide in SQLite). A mixin, as `PersonColumns`, so an approvable record can carry it.
 */
export function ComplianceCellColumns<B extends RecordClass>(Base: B = PlainRecord as unknown as B) {
  abstract class ComplianceCellRecord extends Base {
    /** the cell's region */
    @Column({ type: 'varchar', length: 12 })
    regionCode: string;

    /** `2026-10`, `2026-Q3` or `2026` */
    @Column({ type: 'varchar', length: 7 })
    period: string;

    /** COMPLIANCE_INDICATOR_CODES */
    @Column({ type: 'varchar', length: 8 })
    indicatorId: string;
  }
  return ComplianceCellRecord;
}
