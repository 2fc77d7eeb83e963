import { warningClearance, warningClearRefusal } from '..';

const LINE = 200_000; // S3 §三: 2000 元
const measure = (amountFen: number) => ({ amountFen });

describe('clearing a high-cost warning (S3 §三: 动态清零一户)', () => {
  it.each<[string, number, number[], string | null, boolean]>([
    // [case, burden (fen), measures (fen), reason, may clear]
    ['measures bring the burden under the line: no reason needed', 1_000_000, [850_000], null, true],
    ['one fen under the line after measures', 1_000_000, [800_001], null, true],
    ['exactly at the line after measures is still warned (达到预警线)', 1_000_000, [800_000], null, false],
    ['the 1193 % case: a measure of 1500 元 against a 25,360 元 burden, no reason', 2_536_000, [150_000], null, false],
    ['… the same with a stated reason', 2_536_000, [150_000], '已迁出本统筹区，移交迁入地跟踪', true],
    ['a blank reason is no reason', 2_536_000, [150_000], '   ', false],
    ['measures without an amount (就业帮扶) reduce nothing', 500_000, [0, 0], null, false],
    ['measures summed', 500_000, [200_000, 150_000], null, true],
    ['measures beyond the burden leave nothing', 300_000, [500_000], null, true],
  ])('%s', (_case, burdenFen, amounts, reason, mayClear) => {
    const refusal = warningClearRefusal({ burdenFen, thresholdFen: LINE, measures: amounts.map(measure) }, reason);
    expect(refusal === null).toBe(mayClear);
  });

  it('the figures: measures summed, what remains against the line, as a percentage', () => {
    expect(warningClearance({ burdenFen: 2_536_000, thresholdFen: LINE, measures: [measure(150_000), measure(0)] })).toEqual({
      burdenFen: 2_536_000,
      thresholdFen: LINE,
      measuresFen: 150_000,
      remainingFen: 2_386_000,
      remainingPercent: 1193,
      resolved: false,
    });
    expect(warningClearance({ burdenFen: 300_000, thresholdFen: LINE, measures: [measure(500_000)] })).toMatchObject({
      remainingFen: 0,
      remainingPercent: 0,
      resolved: true,
    });
  });

  it('the refusal names the burden, the measures, what remains and the line', () => {
    const refusal = warningClearRefusal({ burdenFen: 2_536_000, thresholdFen: LINE, measures: [measure(150_000)] }, undefined)!;
    expect(refusal).toContain('25360.00元');
    expect(refusal).toContain('1500.00元');
    expect(refusal).toContain('23860.00元');
    expect(refusal).toContain('预警线 2000.00元 的 1193%');
  });
});
