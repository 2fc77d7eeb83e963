import {
  crossesEarlyWarning,
  earlyWarningLine,
  EXAMPLE_PARAMETERS_LIUZHOU_2026 as P,
  IdentityCategory,
  warningCounty,
  warningDepartment,
  warningDetectionChange,
} from '..';

const LINE = P.earlyWarning.thresholdFen.value;
const watching = (categories: IdentityCategory[]) => ({
  ...P,
  earlyWarning: { ...P.earlyWarning, categories: { ...P.earlyWarning.categories, value: categories } },
});

describe('high-cost warning detection (S3 §三, §五)', () => {
  it.each<[string, number, IdentityCategory[], boolean]>([
    // [case, yearly burden after basic + 大病 (fen), identities carried, warned]
    ['低保边缘 at the line (S3 §三: 达到预警线)', LINE, ['dibao_marginal'], true],
    ['低保边缘 one fen below', LINE - 1, ['dibao_marginal'], false],
    ['监测对象 over the line', LINE + 100_00, ['monitored_sudden'], true],
    ['over the line but no watched identity (稳定脱贫)', LINE * 10, ['registered_poor'], false],
    ['a watched identity among others', LINE, ['registered_poor', 'monitored_unstable'], true],
  ])('%s', (_case, burden, categories, warned) => {
    expect(crossesEarlyWarning(burden, categories, P)).toBe(warned);
  });

  it("the line the detection reads with is the parameters' threshold and categories; none watched → nobody", () => {
    expect(earlyWarningLine(P)).toEqual({
      thresholdFen: LINE,
      thresholdSource: P.earlyWarning.thresholdFen.source,
      categories: ['dibao_marginal', 'monitored_unstable', 'monitored_marginal', 'monitored_sudden'],
      categoriesSource: P.earlyWarning.categories.source,
    });
    expect(earlyWarningLine(watching([])).categories).toEqual([]);
    expect(crossesEarlyWarning(LINE * 10, ['dibao_marginal'], watching([]))).toBe(false);
  });

  it.each<[IdentityCategory[], string]>([
    // S3 §五: 易返贫致贫 (监测对象) → 乡村振兴; 低保边缘 → 民政
    [['monitored_unstable'], 'rural_revitalization'],
    [['monitored_marginal', 'dibao_marginal'], 'rural_revitalization'],
    [['dibao_marginal'], 'civil_affairs'],
    [['registered_poor'], 'civil_affairs'],
  ])('identities %j are pushed to %s', (categories, department) => {
    expect(warningDepartment(categories)).toBe(department);
  });

  it("a township person's warning is worked by the county", () => {
    expect(warningCounty('450225101')).toBe('450225');
    expect(warningCounty('450225')).toBe('450225');
  });

  it.each<[string, { burdenFen: number; settlementCount: number; thresholdFen: number } | undefined, string]>([
    ['first found: created', undefined, 'create'],
    ['same figures: re-running changes nothing', { burdenFen: 300000, settlementCount: 2, thresholdFen: 200000 }, 'unchanged'],
    ['burden moved: updated', { burdenFen: 250000, settlementCount: 2, thresholdFen: 200000 }, 'update'],
    ['another settlement: updated', { burdenFen: 300000, settlementCount: 1, thresholdFen: 200000 }, 'update'],
    ['the threshold was changed: updated', { burdenFen: 300000, settlementCount: 2, thresholdFen: 150000 }, 'update'],
  ])('%s', (_case, known, change) => {
    expect(warningDetectionChange({ burdenFen: 300000, settlementCount: 2, thresholdFen: 200000 }, known)).toBe(change);
  });
});
