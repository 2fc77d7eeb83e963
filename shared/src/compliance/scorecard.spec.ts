import { scorecardAverage, selectScorecardRows } from './scorecard';

const row = (
  regionCode: string,
  depth: number,
  redCount: number,
  parentCode: string | null = depth === 0 ? null : depth === 1 ? '450000' : `${regionCode.slice(0, 4)}00`,
) => ({
  regionCode,
  depth,
  parentCode,
  redCount,
});

describe('scorecard view options (issue 18; HISP policy-modules §4.2)', () => {
  const rows = [
    row('450000', 0, 9),
    row('450200', 1, 3),
    row('450202', 2, 2),
    row('450203', 2, 0),
    row('450300', 1, 0),
    row('450302', 2, 0),
    row('450400', 1, 5),
  ];
  const codes = (r: { regionCode: string }[]) => r.map((x) => x.regionCode);

  it.each([
    [{}, ['450000', '450200', '450202', '450203', '450300', '450302', '450400']],
    [{ onlyRed: true }, ['450000', '450200', '450202', '450400']],
    [{ top: 1 }, ['450000', '450400']],
    [{ top: 2 }, ['450000', '450200', '450202', '450203', '450400']],
    [{ bottom: 1 }, ['450000', '450300', '450302']],
    [{ onlyRed: true, bottom: 1 }, ['450000', '450200', '450202']],
    [{ top: 0 }, ['450000']],
  ])('%j keeps %j', (options, expected) => {
    expect(codes(selectScorecardRows(rows, options))).toEqual(expected);
  });

  it('the average row is the mean of the child rows’ values, rows without a value left out', () => {
    const cells = (v: number | null) => ({ 'ENR-1': { value: v } });
    expect(
      scorecardAverage(
        [
          { depth: 0, cells: cells(0.5) },
          { depth: 1, cells: cells(0.9) },
          { depth: 1, cells: cells(0.7) },
          { depth: 1, cells: cells(null) },
          { depth: 2, cells: cells(0) },
        ],
        ['ENR-1', 'TIR-1'],
      ),
    ).toEqual({ 'ENR-1': expect.closeTo(0.8, 10), 'TIR-1': null });
  });
});
