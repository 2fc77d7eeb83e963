import { sha256Hex } from '../sha256';

/**
 * Frozen periods (issue 18: "a SHA-256 over the canonical results"). The canonical text of a subtree's results for a
 * period is one line per result, sorted by region, period and indicator, the fields in a fixed order and separated by
 * `|`: `regionCode|period|indicatorId|numerator|denominator|status|threshold` — integers as plain decimal text (a
 * BIGINT read back as a string or a number gives the same text), the threshold in JavaScript's shortest round-trip form.
 * Anyone can recompute it from an export (`sha256sum` of the lines joined by `\n`). Pure, table-tested.
 */
export interface CanonicalComplianceResult {
  regionCode: string;
  period: string;
  indicatorId: string;
  numerator: number | string | bigint;
  denominator: number | string | bigint;
  status: string;
  threshold: number | string;
}

export const COMPLIANCE_SNAPSHOT_FIELDS = ['regionCode', 'period', 'indicatorId', 'numerator', 'denominator', 'status', 'threshold'] as const;

/** A whole number as decimal text, whatever the driver handed back; anything else is refused (a hash must not guess). */
function integerText(v: number | string | bigint, field: string): string {
  const text =
    typeof v === 'bigint'
      ? v.toString()
      : typeof v === 'number' && Number.isSafeInteger(v)
        ? String(v)
        : typeof v === 'string' && /^-?\d+$/.test(v)
          ? BigInt(v).toString()
          : null;
  if (text === null) throw new Error(`compliance snapshot: ${field} is not a whole number: ${String(v)}`);
  return text;
}

function numberText(v: number | string, field: string): string {
  const n = typeof v === 'string' ? Number(v) : v;
  if (!Number.isFinite(n)) throw new Error(`compliance snapshot: ${field} is not a number: ${String(v)}`);
  return String(n);
}

/** The canonical text (see above): the same rows in any order give the same text. */
export function canonicalComplianceResults(rows: readonly CanonicalComplianceResult[]): string {
  return rows
    .map((r) =>
      [
        r.regionCode,
        r.period,
        r.indicatorId,
        integerText(r.numerator, 'numerator'),
        integerText(r.denominator, 'denominator'),
        r.status,
        numberText(r.threshold, 'threshold'),
      ].join('|'),
    )
    .sort()
    .join('\n');
}

/** SHA-256 (hex) of the canonical text. */
export function complianceSnapshotHash(rows: readonly CanonicalComplianceResult[]): string {
  return sha256Hex(canonicalComplianceResults(rows));
}
