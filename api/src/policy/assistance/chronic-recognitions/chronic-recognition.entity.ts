import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonReferenceRecord } from '../../../database/person-reference';

/**
 * 门诊特殊慢性病认定 (S1 §三): one person recognised for one catalogue disease by a county-level or higher
 * hospital and two physicians of attending rank or above. Benefits start on recognition; a later check may
 * revoke it (with the reason), which is kept, never deleted.
 */
@Entity('chronic_recognitions')
@Index('idx_chronic_recognitions_region', ['regionCode', 'id'])
@Index('idx_chronic_recognitions_person', ['idNumber', 'diseaseCode'])
@Index('idx_chronic_recognitions_hospital_date', ['hospitalCode', 'recognizedOn'])
export class ChronicRecognition extends PersonReferenceRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** catalogue code (CHRONIC_DISEASES in shared/) */
  @Column({ type: 'varchar', length: 8 })
  diseaseCode: string;

  @Column({ type: 'varchar', length: 32 })
  hospitalCode: string;

  @Column({ type: 'varchar', length: 100 })
  hospitalName: string;

  @Column({ type: 'varchar', length: 16 })
  hospitalLevel: string;

  /** JSON [{name, title}] — exactly two */
  @Column({ type: 'varchar', length: 500 })
  physicians: string;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  recognizedOn: string;

  /** active | revoked */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  revokedOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revokeReason: string | null;

  @Column({ type: 'int' })
  createdById: number;
}
