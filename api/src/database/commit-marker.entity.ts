import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A committed transaction's proof, on Galera only (data-source.ts, inTransaction): every transaction writes one row
 * with a random id as its last statement before COMMIT. When the connection dies during COMMIT (its node was killed),
 * a fresh connection looks the id up: there → it committed; absent → it did not, and the lookup inserts the id itself
 * so the lost COMMIT can never land later (it would conflict on the key) and the transaction is run again.
 * Rows are only needed for the seconds a failover takes: a daily sweep deletes those older than an hour.
 */
@Entity('commit_markers')
export class CommitMarker {
  /** random (UUID) per transaction attempt */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
