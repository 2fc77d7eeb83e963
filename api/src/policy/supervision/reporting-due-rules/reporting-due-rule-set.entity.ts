import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParameterSetColumns } from '../../../platform/parameter-sets/parameter-set.entity';

/**
 * 报送时限: a province's or a city's due rules for one year (`ReportingDueRules` in shared/), drafted by the unit,
 * approved by the province; the approved copy dates the reporting tasks of the unit and the units below it.
 */
@Entity('reporting_due_rules')
@Index('uq_reporting_due_rules_region_year', ['regionCode', 'year'], { unique: true })
export class ReportingDueRuleSet extends ParameterSetColumns {
  @PrimaryGeneratedColumn()
  id: number;

  /** the province or city that sets them — scope column */
  @Index('idx_reporting_due_rules_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;
}
