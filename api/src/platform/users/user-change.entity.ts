import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role, UserChangeKind } from '@yibao/shared';
import { ApprovableRecord } from '../../database/approvable-record';

/**
 * A proposed change to an administrator account (三权分立), applied only when a second administrator of
 * another administrator role confirms it through the workflow engine (USER_CHANGE_WORKFLOW).
 */
@Entity('user_change_requests')
@Index('idx_user_change_requests_region', ['regionCode', 'id'])
export class UserChangeRequest extends ApprovableRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  kind: UserChangeKind;

  @Index('idx_user_change_requests_state')
  @Column({ type: 'varchar', length: 16 })
  state: string;

  /** the account's region (after the change for a create or a move): the scope of the request */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'int', nullable: true })
  targetUserId: number | null;

  @Column({ type: 'varchar', length: 64 })
  targetUsername: string;

  @Column({ type: 'varchar', length: 32 })
  targetRole: Role;

  /** JSON of what to apply; a password arrives here only as its scrypt hash and never leaves the server */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'int' })
  proposedById: number;

  @Column({ type: 'varchar', length: 64 })
  proposedByUsername: string;

  @Column({ type: 'varchar', length: 32 })
  proposedByRole: Role;
}
