import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 站内消息: one notification to one user about one record. The unique key makes the deadline sweep idempotent
 * in the database, not only in code: at most one per (user, kind, record, due date). Event notifications
 * (a record arrived, a record was returned) have no due date; NULL is never equal to NULL in a unique index on
 * either dialect, so each event is its own row. Kept NOTIFICATION_RETENTION_DAYS, then purged by the sweep.
 */
@Entity('notifications')
@Index('uq_notifications_once', ['userId', 'kind', 'resource', 'recordId', 'dueOn'], { unique: true })
@Index('idx_notifications_user_read', ['userId', 'readAt'])
@Index('idx_notifications_created', ['createdAt'])
export class Notification {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** the one user who sees it */
  @Column({ type: 'int' })
  userId: number;

  /** NOTIFICATION_KIND_CODES */
  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  body: string;

  /** the record it links to: `/api/<resource>/<recordId>` */
  @Column({ type: 'varchar', length: 64 })
  resource: string;

  @Column({ type: 'int' })
  recordId: number;

  /** the due date (China date) a deadline notification is about */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  readAt: Date | null;
}
