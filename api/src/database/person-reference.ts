import { Column } from 'typeorm';
import { VersionedRecord } from './versioned-record';

// a mixin's base must be constructible with any arguments (TS2545)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RecordClass = abstract new (...args: any[]) => object;

/**
 * The person a record is about, as every record that names one stores it (the same column names, types and
 * lengths everywhere, so the indexes over them and the scope column read alike): the ID number stored whole,
 * the name, and the county or township that works the record (scope column). Columns only: the indexes stay
 * with each entity (index names are database-wide in SQLite).
 *
 * A mixin over the record's base class rather than an embedded column (`@Column(() => …)`): an embedded's
 * properties are `record.person.idNumber`, so every query builder path, find-where, insert object, list spec
 * and record mapper over these tables would change; this way the properties stay `record.idNumber`.
 */
export function PersonColumns<B extends RecordClass>(Base: B) {
  abstract class PersonNamed extends Base {
    @Column({ type: 'varchar', length: 18 })
    idNumber: string;

    @Column({ type: 'varchar', length: 64 })
    name: string;

    /** the county (or township) that works the record: the scope column */
    @Column({ type: 'varchar', length: 12 })
    regionCode: string;
  }
  return PersonNamed;
}

/** PersonColumns plus the link to the ledger entry (资助参保台账) when the person is in it, found by ID number. */
export function PersonReference<B extends RecordClass>(Base: B) {
  abstract class LedgerPerson extends PersonColumns(Base) {
    @Column({ type: 'int', nullable: true })
    beneficiaryId: number | null;
  }
  return LedgerPerson;
}

/** The usual case: a versioned record about a person of the ledger. */
export const PersonReferenceRecord = PersonReference(VersionedRecord);

/** A record about a person that carries neither the ledger link nor the versioned columns (a settlement as recorded). */
export const PersonRecord = PersonColumns(class {});
