import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApprovableRecord } from '../../../database/approvable-record';

/**
 * 督导检查 (DOMAIN §5, policy-modules §2): an inspection of a city or county by a unit above it
 * (`INSPECTION_WORKFLOW`, taken at `inspectingRegionCode`). 暗访 and 飞行检查 are hidden from the inspected unit
 * until the feedback (the service's one scoped query).
 */
@Entity('inspections')
@Index('idx_inspections_state_changed', ['state', 'stateChangedAt'])
export class Inspection extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** the inspected city or county: the scope column */
  @Index('idx_inspections_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** the inspecting unit (a region above `regionCode`): the workflow's column level */
  @Index('idx_inspections_inspecting_region')
  @Column({ type: 'varchar', length: 12 })
  inspectingRegionCode: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  plannedFrom: string;

  @Column({ type: 'varchar', length: 10 })
  plannedTo: string;

  @Column({ type: 'varchar', length: 64 })
  teamLeader: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  members: string | null;

  /** comma-wrapped area codes (`,enrollment,fraud,`) */
  @Column({ type: 'varchar', length: 100 })
  areas: string;

  /** 督导通知文号 */
  @Column({ type: 'varchar', length: 64, nullable: true })
  noticeNo: string | null;

  /** days the inspected unit has to answer after the feedback */
  @Column({ type: 'int', default: 60 })
  responseDays: number;

  /** YYYY-MM-DD, set by `send_feedback` */
  @Column({ type: 'varchar', length: 10, nullable: true })
  feedbackSentOn: string | null;

  /** feedbackSentOn + responseDays: the answer's deadline */
  @Column({ type: 'varchar', length: 10, nullable: true })
  responseDueOn: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: string;

  @Column({ type: 'int' })
  createdById: number;
}
