import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FEN } from '../../../database/versioned-record';

/**
 * The institution_outlier rule's statistic as its last run counted it: one institution's inpatient admissions of the
 * pooling region's year and the fund's pay for them, over the settlements with ids up to `lastSettlementId`. Kept per
 * run region beside the rule's mark (`ScreeningRuleMark`) and rewritten with it, so an incremental run adds only the
 * stays recorded since instead of recounting the year; a full run recounts.
 */
@Entity('screening_outlier_admissions')
export class ScreeningOutlierAdmission {
  /** the run's region, as the mark's */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  institutionCode: string;

  /** the greatest name its settlements carry (as MAX over them) */
  @Column({ type: 'varchar', length: 100 })
  institutionName: string;

  /** the least county its settlements carry (as MIN over them): the county when the registry does not know it */
  @Column({ type: 'varchar', length: 12 })
  settlementCounty: string;

  @Column({ type: 'int' })
  admissions: number;

  /** fen the fund paid for them */
  @Column({ type: 'bigint', transformer: FEN })
  fund: number;

  /** the highest settlement id counted: the rows are used only while it equals the rule's mark */
  @Column({ type: 'int' })
  lastSettlementId: number;
}
