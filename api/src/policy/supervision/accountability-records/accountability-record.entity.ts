import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';

/**
 * 追责问责 record (DOMAIN §5, policy-modules §3.3): a proposal against a unit or a person of a city or county bureau,
 * decided by the province (`ACCOUNTABILITY_RECORD_WORKFLOW`) and carried out. Personnel data: no county or
 * inspector access, every detail read audited.
 */
@Entity('accountability_records')
@Index('idx_accountability_records_state_decided', ['state', 'decidedOn'])
export class AccountabilityRecord extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** the subject's unit (a city or county bureau): the scope column */
  @Index('idx_accountability_records_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 16 })
  subjectType: string;

  @Column({ type: 'varchar', length: 64 })
  subjectName: string;

  @Column({ type: 'varchar', length: 100 })
  unit: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  post: string | null;

  @Column({ type: 'varchar', length: 32 })
  conduct: string;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'varchar', length: 32 })
  sourceType: string;

  @Column({ type: 'int', nullable: true })
  sourceId: number | null;

  /** comma-wrapped measure codes (`,warning,referral_to_discipline,`): the proposal's, then the decision's */
  @Column({ type: 'varchar', length: 255 })
  measures: string;

  /** the instrument and article the measures rest on */
  @Column({ type: 'varchar', length: 500 })
  basis: string;

  /** the proposing unit's name */
  @Column({ type: 'varchar', length: 64 })
  proposedBy: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionNo: string | null;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10, nullable: true })
  decidedOn: string | null;

  /** 政务处分法 art. 8 for the heaviest sanction; null without one and for 开除 */
  @Column({ type: 'int', nullable: true })
  effectMonths: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  effectEndsOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  executedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  appealFiledOn: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  appealOutcome: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  appealDecidedOn: string | null;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'varchar', length: 16 })
  state: string;

  @Column({ type: 'int' })
  createdById: number;
}
