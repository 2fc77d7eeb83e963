import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParameterSetColumns } from '../../../platform/parameter-sets/parameter-set.entity';

/**
 * 欺诈骗保参数: a province's time limits, thresholds and 裁量基准 for one year (`FraudParameters` in shared/), drafted
 * and approved by the province supervisor; the approved copy dates the clues and cases of the province and bounds
 * their decisions.
 */
@Entity('fraud_parameters')
@Index('uq_fraud_parameters_region_year', ['regionCode', 'year'], { unique: true })
export class FraudParameterSet extends ParameterSetColumns {
  @PrimaryGeneratedColumn()
  id: number;

  /** the province that sets them — scope column */
  @Index('idx_fraud_parameters_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;
}
