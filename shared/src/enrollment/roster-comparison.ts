import { isWithinRegion, poolingRegionCodeOf } from '../regions';
import type { BeneficiaryStatus, DifferenceType, IdentityCategory, SourceDepartment } from './codes';
import { decodeCategories, encodeCategories, monthEnd } from './roster';

/**
 * The monthly roster comparison of one person (按月比对, S0 §三(二), S3 §五: the certifying department's
 * roster against the medical-insurance ledger), as a pure rule: the import handler reads the ledger entry,
 * the person's enrollment of the year and the month's tasks, calls `compareRosterEntry` and writes what it
 * answers. Every difference is one verification task, once per month, person and type (re-importing a file
 * changes nothing).
 */

/** One validated roster line. */
export interface RosterEntry {
  idNumber: string;
  name: string;
  birthDate: string;
  sex: string;
  regionCode: string;
  categories: IdentityCategory[];
  source: SourceDepartment;
  status: BeneficiaryStatus;
}

/** What the comparison reads of a person already in the ledger. */
export interface RosterLedgerEntry {
  name: string;
  regionCode: string;
  poolingRegionCode: string;
  /** comma-wrapped (encodeCategories) */
  identityCategories: string;
  sourceDepartment: string;
  status: string;
  exitedOn: string | null;
  lastRosterMonth: string | null;
}

/** The person's enrollment of the roster's year, if any. */
export interface RosterEnrollment {
  enrolled: boolean;
  notEnrolledReason: string | null;
  subsidyCategory: string | null;
  subsidyAmount: number;
}

/** The ledger columns the roster sets. */
export interface RosterLedgerColumns {
  name: string;
  regionCode: string;
  identityCategories: string;
  sourceDepartment: string;
  status: string;
  exitedOn: string | null;
}

/** A difference found: one verification task. `linked`: the task points at the ledger entry (not for a duplicate). */
export interface RosterFinding {
  type: DifferenceType;
  detail: Record<string, unknown>;
  linked: boolean;
}

/**
 * What to write for one roster line:
 * - `insert`: a new person (`columns` + `poolingRegionCode`); tasks link to the inserted row;
 * - `update`: the roster changed the entry's `columns` (its version goes up);
 * - `touch`: nothing changed, only `lastRosterMonth` moves to this month;
 * - `unchanged`: nothing changed and this month's roster already listed the person;
 * - `none`: the ledger holds the person in another region — that record is left alone (a duplicate task only).
 * `lastRosterMonth` becomes the roster's month on every write.
 */
export type RosterComparison =
  | { write: 'insert'; columns: RosterLedgerColumns & { poolingRegionCode: string }; tasks: RosterFinding[] }
  | { write: 'update'; columns: RosterLedgerColumns; tasks: RosterFinding[] }
  | { write: 'touch' | 'unchanged' | 'none'; tasks: RosterFinding[] };

export interface RosterComparisonContext {
  /** YYYY-MM of the roster */
  month: string;
  /** the region the roster was imported for: a ledger entry outside it is another region's */
  importRegionCode: string;
  enrollment: RosterEnrollment | undefined;
  /** difference types already recorded for this person and month (earlier imports of the month) */
  existingTasks: ReadonlySet<string>;
}

export function compareRosterEntry(incoming: RosterEntry, ledger: RosterLedgerEntry | undefined, ctx: RosterComparisonContext): RosterComparison {
  const { month } = ctx;
  const year = Number(month.slice(0, 4));
  const tasks: RosterFinding[] = [];
  const found = (type: DifferenceType, detail: Record<string, unknown> = {}, linked = true) => {
    if (!ctx.existingTasks.has(type)) tasks.push({ type, detail, linked });
  };

  if (!ledger) {
    // a person the ledger does not know: added; only a registered one needs enrolling (新增)
    if (incoming.status === 'active') found('new');
    const columns = {
      name: incoming.name,
      regionCode: incoming.regionCode,
      identityCategories: encodeCategories(incoming.categories),
      sourceDepartment: incoming.source,
      status: incoming.status,
      exitedOn: incoming.status === 'exited' ? monthEnd(month) : null,
      poolingRegionCode: poolingRegionCodeOf(incoming.regionCode)!,
    };
    return { write: 'insert', columns, tasks };
  }
  if (!isWithinRegion(ledger.regionCode, ctx.importRegionCode)) {
    // listed here, but the ledger holds the person elsewhere: the county checks, the other record is untouched
    const detail = { ledgerRegionCode: ledger.regionCode, ledgerPoolingRegionCode: ledger.poolingRegionCode };
    found('duplicate', detail, false);
    return { write: 'none', tasks };
  }

  const next: RosterLedgerColumns = {
    name: ledger.name,
    regionCode: ledger.regionCode,
    identityCategories: ledger.identityCategories,
    sourceDepartment: ledger.sourceDepartment,
    status: ledger.status,
    exitedOn: ledger.exitedOn,
  };
  const { enrollment } = ctx;
  if (incoming.status === 'exited') {
    if (ledger.status === 'active') {
      Object.assign(next, { status: 'exited', exitedOn: monthEnd(month) });
      found('exited');
    }
    // the identity lapsed while the year's subsidy stands: the county checks the subsidy
    if (enrollment?.enrolled && enrollment.subsidyAmount > 0) {
      found('lapsed_subsidised', { subsidyCategory: enrollment.subsidyCategory, subsidyAmount: enrollment.subsidyAmount, year });
    }
  } else {
    if (ledger.status === 'exited') {
      Object.assign(next, { status: 'active', exitedOn: null });
      found('new', { reactivated: true });
    }
    const encoded = encodeCategories(incoming.categories);
    if (encoded !== ledger.identityCategories) {
      next.identityCategories = encoded;
      found('identity_changed', { before: decodeCategories(ledger.identityCategories), after: incoming.categories });
    }
    // 应保未保 (S1 §一(三)): no enrollment of the year and no valid reason recorded — unless a 新增 task already asks for it
    const unexplained = !enrollment || (!enrollment.enrolled && !enrollment.notEnrolledReason);
    const newTask = ctx.existingTasks.has('new') || tasks.some((t) => t.type === 'new');
    if (unexplained && !newTask) found('not_enrolled', { year });
    next.regionCode = incoming.regionCode;
  }
  next.name = incoming.name;
  next.sourceDepartment = incoming.source;
  const changed = (Object.keys(next) as Array<keyof RosterLedgerColumns>).some((k) => next[k] !== ledger[k]);
  if (changed) return { write: 'update', columns: next, tasks };
  return { write: ledger.lastRosterMonth === month ? 'unchanged' : 'touch', tasks };
}

/**
 * How a roster line counts in the import's summary — every good line in exactly one, so that with the
 * rejected lines they add up to the lines processed: `differences` (it raised a verification task),
 * `updated` (the ledger took the roster's data, nothing to verify: a new exited person, a new name), or
 * `unchanged` (the ledger already said so — on the month's first import as on a re-import).
 */
export const ROSTER_LINE_OUTCOMES = ['differences', 'updated', 'unchanged'] as const;
export type RosterLineOutcome = (typeof ROSTER_LINE_OUTCOMES)[number];

export function rosterLineOutcome(comparison: RosterComparison): RosterLineOutcome {
  if (comparison.tasks.length > 0) return 'differences';
  return comparison.write === 'insert' || comparison.write === 'update' ? 'updated' : 'unchanged';
}
