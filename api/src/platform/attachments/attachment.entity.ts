import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An evidence file of a record (a stamped scan, a photo, a signed PDF). The bytes live on disk under their
 * sha256 (ATTACHMENT_DIR); the row says whose they are. `regionCode` is the owner's, copied at upload, so a
 * lookup by id is scoped before the owner is even read. Deleting sets `deletedAt`: evidence once filed stays
 * in the record of what happened.
 */
@Entity('attachments')
@Index('idx_attachments_owner', ['ownerResource', 'ownerId'])
@Index('idx_attachments_region', ['regionCode'])
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  /** the owner's resource name, e.g. 'responsibility-tables' */
  @Column({ type: 'varchar', length: 48 })
  ownerResource: string;

  @Column({ type: 'int' })
  ownerId: number;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** bytes; ATTACHMENT_LIMIT_MB is at most 1024, well inside an int */
  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** sniffed from the bytes, never taken from the name or the client */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  uploadedById: number;

  @Column({ type: 'varchar', length: 64 })
  uploadedBy: string;

  @Column({ type: 'datetime', precision: 3 })
  uploadedAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** a code of the owner resource's evidence-type list (ATTACHMENT_EVIDENCE_TYPE_LISTS), e.g. 'documentary' 书证 */
  @Column({ type: 'varchar', length: 32, nullable: true })
  evidenceType: string | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  deletedAt: Date | null;
}
