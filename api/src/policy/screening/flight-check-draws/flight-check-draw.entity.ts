import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VersionedRecord } from '../../../database/versioned-record';

/**
 * 双随机 draw for flight checks (issue 17): what was asked, the seed, the hash of the candidates it read and what it
 * drew — enough for anyone to re-run it (`verify`). Written once; only `inspectionIds` is set later, once.
 */
@Entity('flight_check_draws')
@Index('idx_flight_check_draws_region_id', ['regionCode', 'id'])
export class FlightCheckDraw extends VersionedRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** the province or city whose institutions and inspectors were drawn: the scope column */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'int' })
  institutionCount: number;

  @Column({ type: 'int' })
  inspectorCount: number;

  /** FLIGHT_CHECK_WEIGHTING_CODES */
  @Column({ type: 'varchar', length: 16 })
  weighting: string;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  /** sha256 hex of the canonical candidate lists (shared `candidateHash`) */
  @Column({ type: 'varchar', length: 64 })
  candidateHash: string;

  /** JSON DrawnInstitution[] in draw order (≤ 50) */
  @Column({ type: 'text' })
  institutions: string;

  /** JSON DrawnInspector[] in draw order (≤ 50) */
  @Column({ type: 'text' })
  inspectors: string;

  @Column({ type: 'int' })
  institutionCandidates: number;

  @Column({ type: 'int' })
  inspectorCandidates: number;

  @Column({ type: 'int' })
  eligibleInspectors: number;

  /** JSON number[] of the flight_check inspections created from the draw; null until created (once) */
  @Column({ type: 'text', nullable: true })
  inspectionIds: string | null;

  @Column({ type: 'int' })
  drawnById: number;

  /** the drawer's display name at the time (the public list names who drew) */
  @Column({ type: 'varchar', length: 64 })
  drawnBy: string;
}
