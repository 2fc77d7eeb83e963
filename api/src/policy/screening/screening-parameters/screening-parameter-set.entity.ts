import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParameterSetColumns } from '../../../platform/parameter-sets/parameter-set.entity';

/**
 * 规则参数: a pooling region's parameters of the screening rules for one year (`ScreeningParameters` in shared/), drafted
 * by the city and approved by the province; the approved copy is what runs and the catalogue read
 * (`ScreeningRuleParamsReader`).
 */
@Entity('screening_parameters')
@Index('uq_screening_parameters_region_year', ['regionCode', 'year'], { unique: true })
export class ScreeningParameterSet extends ParameterSetColumns {
  @PrimaryGeneratedColumn()
  id: number;

  /** the pooling region (city) that sets them — scope column */
  @Index('idx_screening_parameters_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;
}
