import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per workflow transition of any approvable record: who, at which level, from → to, why. */
@Entity('workflow_transitions')
@Index('idx_workflow_transitions_record', ['resource', 'recordId'])
export class WorkflowTransition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  recordId: number;

  /** the record's region (scope) */
  @Index('idx_workflow_transitions_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'varchar', length: 32 })
  fromState: string;

  @Column({ type: 'varchar', length: 32 })
  toState: string;

  @Column({ type: 'int' })
  actorId: number;

  @Column({ type: 'varchar', length: 64 })
  actorUsername: string;

  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Column({ type: 'varchar', length: 12 })
  actorRegionCode: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  /** what the action carried besides its comment (JSON of its declared payload, e.g. a requested deadline) */
  @Column({ type: 'text', nullable: true })
  payload: string | null;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** the record's content right after the transition (JSON), for "what changed since the last approval" */
  @Column({ type: 'text' })
  snapshot: string;
}
