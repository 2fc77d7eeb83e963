import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Append-only, hash-chained audit trail. Ids are assigned from the chain head under a lock (not
 * auto-increment) so a deleted row shows up as a gap; `hash` covers every column and the previous hash.
 */
@Entity('audit_logs')
@Index('idx_audit_logs_at', ['at'])
@Index('idx_audit_logs_resource', ['resource', 'resourceId'])
export class AuditLog {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Index('idx_audit_logs_username')
  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  role: string | null;

  /** The actor's region, so an audit admin below the national root sees their own subtree. */
  @Index('idx_audit_logs_region')
  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  resourceId: string | null;

  /** JSON text */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  /** JSON text */
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}

/** One row: the last id and hash of the chain. Locked FOR UPDATE while appending. */
@Entity('audit_chain_head')
export class AuditChainHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'int' })
  lastId: number;

  @Column({ type: 'varchar', length: 64 })
  lastHash: string;
}
