import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who was refused a record and who read personal data (PIPL art. 55–56), for the security admin. Not the
 * audit chain: these are reads and refusals, many more than business changes, and purged after the
 * retention period (ACCESS_LOG_RETENTION_DAYS), which a hash chain would not allow.
 */
@Entity('access_logs')
@Index('idx_access_logs_at', ['at'])
@Index('idx_access_logs_resource', ['resource', 'resourceId'])
export class AccessLog {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Index('idx_access_logs_username')
  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  role: string | null;

  /** the actor's region: a security admin below the root sees their own subtree */
  @Index('idx_access_logs_region')
  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Index('idx_access_logs_kind')
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  resourceId: string | null;

  @Column({ type: 'varchar', length: 8 })
  method: string;

  @Column({ type: 'varchar', length: 200 })
  route: string;

  @Column({ type: 'int' })
  statusCode: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  detail: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
