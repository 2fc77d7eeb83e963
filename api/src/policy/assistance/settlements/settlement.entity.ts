import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonRecord } from '../../../database/person-reference';
import { FEN } from '../../../database/versioned-record';

/**
 * 就医结算: one settlement as recorded by the institution, beside what the calculator computes from the
 * pooling region's parameters, with the flags of DOMAIN §3 (guards) and any recorded-vs-computed mismatch.
 */
@Entity('settlements')
@Index('idx_settlements_region_id', ['regionCode', 'id'])
@Index('idx_settlements_person_year', ['idNumber', 'year'])
// screening's pair rules (split admission, overlapping stays) look up a person's other stays of the year: the stay
// columns in the index let the lookup skip non-matching settlements without reading their rows (bench/screening-runs.mjs)
@Index('idx_settlements_person_stays', ['idNumber', 'year', 'visitType', 'institutionCode', 'admittedOn', 'dischargedOn', 'diagnosisCode'])
// a period's settlements (the compliance run's passes, settledOn within a month or quarter): a range read instead of
// every settlement of the table through another index's order (bench/compliance.mjs)
@Index('idx_settlements_settled_on', ['settledOn', 'regionCode'])
// a settlement system's own number makes an import idempotent; hand-recorded ones may have none (NULLs never collide)
@Index('uq_settlements_institution_no', ['institutionCode', 'settlementNo'], { unique: true })
export class Settlement extends PersonRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 12 })
  poolingRegionCode: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 10 })
  settledOn: string;

  @Column({ type: 'varchar', length: 32 })
  institutionCode: string;

  /** 结算流水号 from the settlement system, unique per institution */
  @Column({ type: 'varchar', length: 64, nullable: true })
  settlementNo: string | null;

  @Column({ type: 'varchar', length: 100 })
  institutionName: string;

  @Column({ type: 'varchar', length: 16 })
  hospitalLevel: string;

  @Column({ type: 'varchar', length: 32 })
  visitType: string;

  /** inpatient stays: 入院日期 ≤ 出院日期 ≤ settledOn (YYYY-MM-DD); null for outpatient care and older records */
  @Column({ type: 'varchar', length: 10, nullable: true })
  admittedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  dischargedOn: string | null;

  /** 主要诊断编码, ICD-10 (format-checked); the screening rules read its first three characters */
  @Column({ type: 'varchar', length: 16, nullable: true })
  diagnosisCode: string | null;

  @Column({ type: 'boolean' })
  inCounty: boolean;

  /** identity categories at the time, comma-wrapped */
  @Column({ type: 'varchar', length: 255 })
  identityCategories: string;

  /** fen; bigint because a year of inpatient care can pass int range, read back as a number */
  @Column({ type: 'bigint', transformer: FEN }) totalCost: number;
  @Column({ type: 'bigint', transformer: FEN }) inPolicyCost: number;
  @Column({ type: 'bigint', transformer: FEN }) inCatalogueCost: number;

  /** the tiers as recorded by the settlement system (fen), as columns so stats and warnings sum them in SQL */
  @Column({ type: 'bigint', transformer: FEN }) paidBasic: number;
  @Column({ type: 'bigint', transformer: FEN }) paidCriticalIllness: number;
  @Column({ type: 'bigint', transformer: FEN }) paidMedicalAid: number;
  @Column({ type: 'bigint', transformer: FEN }) paidOther: number;
  @Column({ type: 'bigint', transformer: FEN }) paidOutOfPocket: number;

  /** JSON, the same tiers as computed */
  @Column({ type: 'varchar', length: 500 })
  computed: string;

  /** comma-wrapped flag codes (",zero_oop,recorded_mismatch,"), '' when none */
  @Column({ type: 'varchar', length: 255 })
  flags: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;
}
