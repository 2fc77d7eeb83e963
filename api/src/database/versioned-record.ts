import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns every mutable record carries: `version` for optimistic locking (updateVersioned) and its
 * creation and last-change times. Entities extend this instead of repeating them.
 */
export abstract class VersionedRecord {
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
