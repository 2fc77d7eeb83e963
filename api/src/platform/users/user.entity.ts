import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record';
import type { Role } from '@yibao/shared';

@Entity('users')
export class User extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  displayName: string;

  /** scrypt$N$r$p$salt$hash — never leaves the server. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  /** Scope column: the user sees this region's subtree (its code prefix, an index range). */
  @Index('idx_users_region')
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** 执法证号 (令第4号 art. 16: a case is investigated by two officers holding one); null when the user has none */
  @Column({ type: 'varchar', length: 32, nullable: true })
  enforcementCertNo: string | null;

  /**
   * 三权分立: an account the system admin creates (or whose role or region it changes) may log in only once
   * the security admin has authorised it. Accounts from before this column, and the CLI's, are authorised.
   */
  @Column({ type: 'boolean', default: true })
  authorized: boolean;

  /** set when an administrator chose the password (create, reset): the next login must change it */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** JSON array of the previous password hashes (newest first, PASSWORD_HISTORY_SIZE - 1 of them) */
  @Column({ type: 'text', nullable: true })
  passwordHistory: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  passwordChangedAt: Date | null;
}
