import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How far a screening rule has read a region's settlements of a year (the incremental run's watermark): the next
 * run of the rule reads only settlements with a higher id. Kept per run region (a pooling region or one of its
 * counties), so a county's run does not move the city's mark past the other counties' settlements.
 */
@Entity('screening_rule_marks')
export class ScreeningRuleMark {
  /** the run's region: a pooling region (city) or a county in it */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  /** SCREENING_RULE_CODES */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  ruleId: string;

  /** the highest settlement id the rule has read */
  @Column({ type: 'int' })
  lastSettlementId: number;

  /** the run (background job) that read it */
  @Column({ type: 'int' })
  runId: number;

  /**
   * when the run that set the mark began reading (UTC): ledger deaths and institution status decisions recorded
   * since are re-read against older settlements by the next incremental run of after_death / suspended_institution
   */
  @Column({ type: 'datetime', nullable: true })
  readFrom: Date | null;

  /** institution_outlier: a hash of its other inputs (ledger generations, registry counties, parameter set) when marked */
  @Column({ type: 'varchar', length: 64, nullable: true })
  inputsHash: string | null;

  @UpdateDateColumn({ type: 'datetime' })
  markedAt: Date;
}
