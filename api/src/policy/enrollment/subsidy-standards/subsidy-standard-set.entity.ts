import { Entity, Index, PrimaryGeneratedColumn, Column } from 'typeorm';
import { ParameterSetColumns } from '../../../platform/parameter-sets/parameter-set.entity';

/**
 * 资助参保标准 of one pooling region for one year (S3 §一; `SubsidyStandards` in shared/): set by the city,
 * approved by the province; the approved copy feeds the subsidy rule.
 */
@Entity('subsidy_standards')
@Index('uq_subsidy_standards_region_year', ['regionCode', 'year'], { unique: true })
export class SubsidyStandardSet extends ParameterSetColumns {
  @PrimaryGeneratedColumn()
  id: number;

  /** the pooling region (a city code) — scope column */
  @Index('idx_subsidy_standards_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;
}
