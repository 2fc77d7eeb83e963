import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A counter per county, bumped in the same transaction as every write to that county's ledger entries or
 * enrollments (`touchLedgerCounties`). The enrollment counts below are current for a county and year when
 * they were computed at the county's present generation.
 */
@Entity('ledger_county_generations')
export class LedgerCountyGeneration {
  /** 6-digit county code */
  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'int' })
  generation: number;
}

/**
 * Active ledger entries of a county by stored identity-category set and enrollment state in a year — the
 * one aggregation the rates and the monthly bulletin read (decision 39). A few thousand rows per province.
 */
@Entity('enrollment_county_counts')
export class EnrollmentCountyCount {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode: string;

  /** beneficiaries.identityCategories as stored (",a,b,") */
  @PrimaryColumn({ type: 'varchar', length: 255 })
  categories: string;

  /** enrolled | excluded (not enrolled with a valid reason) | open (no record, or no reason: 应保未保) */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  state: string;

  @Column({ type: 'int' })
  persons: number;
}

/** Which generation of a county a year's counts were computed at, and when. */
@Entity('enrollment_county_snapshots')
export class EnrollmentCountySnapshot {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode: string;

  @Column({ type: 'int' })
  generation: number;

  @UpdateDateColumn({ type: 'datetime' })
  computedAt: Date;
}
