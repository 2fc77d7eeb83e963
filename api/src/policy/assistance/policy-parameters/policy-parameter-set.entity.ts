import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParameterSetColumns } from '../../../platform/parameter-sets/parameter-set.entity';

/**
 * One pooling region's policy parameters for one year (DOMAIN §3): every ratio, deductible, cap, limit and
 * threshold, each citing its source, as one validated document (`PolicyParameters` in shared/), approved
 * by the province before it is used.
 */
@Entity('policy_parameters')
@Index('uq_policy_parameters_region_year', ['regionCode', 'year'], { unique: true })
export class PolicyParameterSet extends ParameterSetColumns {
  @PrimaryGeneratedColumn()
  id: number;

  /** the pooling region (a city code) — scope column */
  @Index('idx_policy_parameters_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 10 })
  effectiveFrom: string;

  @Column({ type: 'varchar', length: 10 })
  effectiveTo: string;
}
