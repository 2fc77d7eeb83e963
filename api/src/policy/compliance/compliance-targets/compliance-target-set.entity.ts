import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParameterSetColumns } from '../../../platform/parameter-sets/parameter-set.entity';

/**
 * 合规指标年度目标: a province's (or one pooling region's) lines for the parameterised indicators in one year
 * (`ComplianceTargets` in shared/), drafted and approved by the province supervisor; the approved copy judges the runs.
 */
@Entity('compliance_target_sets')
@Index('uq_compliance_target_sets_region_year', ['regionCode', 'year'], { unique: true })
export class ComplianceTargetSet extends ParameterSetColumns {
  @PrimaryGeneratedColumn()
  id: number;

  /** the province or city the lines are for — scope column */
  @Index('idx_compliance_target_sets_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;
}
