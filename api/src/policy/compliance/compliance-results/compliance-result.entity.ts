import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FEN } from '../../../database/versioned-record';
import { ComplianceCellColumns } from '../compliance-cell.columns';

/**
 * One region's figure for one indicator in one period (issue 18): counties from their records, cities and the province
 * by summing their own records' figures with their children's (never averaging rates). A run for the same region and
 * period replaces its rows — except a frozen row (`snapshotId`), which keeps its figure and holds the run's in `live*`.
 * Numerators and denominators may be fen sums, hence BIGINT (read back as numbers, exact below 2^53).
 */
@Entity('compliance_results')
@Unique('UQ_compliance_results_cell', ['regionCode', 'period', 'indicatorId'])
@Index('IDX_compliance_results_period', ['period', 'regionCode'])
export class ComplianceResult extends ComplianceCellColumns() {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'bigint', transformer: FEN })
  numerator: number;

  @Column({ type: 'bigint', transformer: FEN })
  denominator: number;

  /** a rate's ratio or a count; null without a denominator */
  @Column({ type: 'double', nullable: true })
  value: number | null;

  /** COMPLIANCE_STATUS_CODES */
  @Column({ type: 'varchar', length: 8 })
  status: string;

  /** the line the status was judged against (the target in force when computed) */
  @Column({ type: 'double' })
  threshold: number;

  /** the background job (compliance-runs) that computed it */
  @Column({ type: 'int' })
  runId: number;

  @Column({ type: 'datetime' })
  computedAt: Date;

  /** the snapshot that froze this figure; a later run leaves numerator/denominator alone */
  @Column({ type: 'int', nullable: true })
  snapshotId: number | null;

  /** what the latest run computed for a frozen row, when it differs from the frozen figure */
  @Column({ type: 'bigint', transformer: FEN, nullable: true })
  liveNumerator: number | null;

  @Column({ type: 'bigint', transformer: FEN, nullable: true })
  liveDenominator: number | null;
}
