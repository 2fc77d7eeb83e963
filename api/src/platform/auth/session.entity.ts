import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Server-side session. The key is the SHA-256 of the bearer token, so a database dump does not hand out
 * live sessions; the token itself only ever exists in the client's cookie or Authorization header.
 */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index('idx_sessions_user')
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 43 })
  csrfToken: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  /** createdAt + the absolute timeout */
  @Column({ type: 'datetime', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  userAgent: string | null;
}
