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

/**
 * Money columns are BIGINT fen; MySQL hands BIGINT back as a string. Amounts stay below 2^53 (MAX_AMOUNT_FEN),
 * so reading them as numbers is exact. Use as `@Column({ type: 'bigint', transformer: FEN })`.
 */
export const FEN = { to: (v: number) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) };
