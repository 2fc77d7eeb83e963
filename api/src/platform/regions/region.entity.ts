import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VersionedRecord } from '../../database/versioned-record';
import type { RegionLevel } from '@yibao/shared';

/** A GB/T 2260 division (NBS 2023 statistical codes); the code is the key and the scope prefix. */
@Entity('regions')
export class Region extends VersionedRecord {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Index('idx_regions_parent')
  @Column({ type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;
}
