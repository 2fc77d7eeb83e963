import { sha256Hex } from '../sha256';
import { canonicalComplianceResults, complianceSnapshotHash, type CanonicalComplianceResult } from './snapshot';

const row = (
  regionCode: string,
  indicatorId: string,
  numerator: CanonicalComplianceResult['numerator'],
  denominator: CanonicalComplianceResult['denominator'],
) => ({
  regionCode,
  period: '2026-10',
  indicatorId,
  numerator,
  denominator,
  status: 'green',
  threshold: 0.99,
});

describe('the canonical results a frozen period hashes (issue 18)', () => {
  it.each([
    [[row('450202', 'ENR-1', 99, 100)], '450202|2026-10|ENR-1|99|100|green|0.99'],
    [[row('450202', 'ENR-1', '99', '100')], '450202|2026-10|ENR-1|99|100|green|0.99'],
    [[row('450202', 'ENR-1', 99n, 100n)], '450202|2026-10|ENR-1|99|100|green|0.99'],
    [[row('450202', 'OVP-2', 0, 12_345_678_901)], '450202|2026-10|OVP-2|0|12345678901|green|0.99'],
    [[{ ...row('450202', 'ENR-1', 1, 1), threshold: '0.60' }], '450202|2026-10|ENR-1|1|1|green|0.6'],
    [
      [row('450203', 'ENR-1', 1, 2), row('450202', 'TIR-1', 3, 4), row('450202', 'ENR-1', 5, 6)],
      '450202|2026-10|ENR-1|5|6|green|0.99\n450202|2026-10|TIR-1|3|4|green|0.99\n450203|2026-10|ENR-1|1|2|green|0.99',
    ],
    [[], ''],
  ] as const)('%j → %j', (rows, text) => {
    expect(canonicalComplianceResults(rows as unknown as CanonicalComplianceResult[])).toBe(text);
  });

  it('the order of the rows does not matter; any changed figure does', () => {
    const rows = [row('450202', 'ENR-1', 99, 100), row('450203', 'ENR-1', 1, 2)];
    const hash = complianceSnapshotHash(rows);
    expect(hash).toBe(sha256Hex(canonicalComplianceResults(rows)));
    expect(complianceSnapshotHash([...rows].reverse())).toBe(hash);
    expect(complianceSnapshotHash([row('450202', 'ENR-1', 98, 100), rows[1]])).not.toBe(hash);
    expect(complianceSnapshotHash([{ ...rows[0], status: 'red' }, rows[1]])).not.toBe(hash);
  });

  it.each([[1.5], ['1e3'], ['x'], [Number.NaN]])('refuses a numerator %p that is not a whole number', (n) => {
    expect(() => canonicalComplianceResults([row('450202', 'ENR-1', n as number, 1)])).toThrow(/whole number/);
  });
});
