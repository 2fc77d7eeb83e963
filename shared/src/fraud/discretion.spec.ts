import { articleFineRange, DEFAULT_DISCRETION_TIERS, fenRange, governingArticle, suggestedFine, type DiscretionTiers } from '.';

describe('the governing article of a case’s causes (条例 art. 40 second paragraph: fraud absorbs art. 38)', () => {
  it.each<[string, Parameters<typeof governingArticle>[0], number | null]>([
    ['art. 38 alone', ['split_admission', 'duplicate_charge'], 38],
    ['art. 38 with art. 40', ['split_admission', 'fictitious_service'], 40],
    ['art. 41', ['impersonation'], 41],
    ['art. 37', ['agency_fraud'], 37],
    ['none', [], null],
  ])('%s', (_case, causes, expected) => {
    expect(governingArticle(causes)).toBe(expected);
  });
});

describe('the suggested fine (amount × the tier’s multiples of the governing article)', () => {
  it.each<[string, Parameters<typeof suggestedFine>[0], Parameters<typeof suggestedFine>[2], { min: number; max: number; article: number }]>([
    // art. 40, Henan 2022: 从轻 2–3×, 一般 3–4×, 从重 4–5×
    ['art. 40, lenient', ['fictitious_service'], 'lenient', { min: 2_000_000, max: 3_000_000, article: 40 }],
    ['art. 40, ordinary', ['fictitious_service'], 'ordinary', { min: 3_000_000, max: 4_000_000, article: 40 }],
    ['art. 40, severe', ['fictitious_service'], 'severe', { min: 4_000_000, max: 5_000_000, article: 40 }],
    // art. 38, 示例取值: 1.0–1.2 / 1.2–1.6 / 1.6–2.0
    ['art. 38, lenient', ['phantom_bed'], 'lenient', { min: 1_000_000, max: 1_200_000, article: 38 }],
    ['art. 38, severe', ['phantom_bed'], 'severe', { min: 1_600_000, max: 2_000_000, article: 38 }],
  ])('%s', (_case, causes, tier, expected) => {
    expect(suggestedFine(causes, 1_000_000, tier)).toMatchObject(expected);
  });

  it('the tiers cover the article’s range end to end, each inside it', () => {
    for (const tiers of Object.values(DEFAULT_DISCRETION_TIERS)) {
      expect(tiers.lenient[1]).toBe(tiers.ordinary[0]);
      expect(tiers.ordinary[1]).toBe(tiers.severe[0]);
    }
    expect(DEFAULT_DISCRETION_TIERS[38].lenient[0]).toBe(10);
    expect(DEFAULT_DISCRETION_TIERS[38].severe[1]).toBe(20);
    expect(DEFAULT_DISCRETION_TIERS[40].lenient[0]).toBe(20);
    expect(DEFAULT_DISCRETION_TIERS[40].severe[1]).toBe(50);
  });

  it('rounds inward to whole fen, so both ends are lawful', () => {
    // 1.2 × 333 = 399.6 → 400; 1.6 × 333 = 532.8 → 532
    expect(fenRange(333, [12, 16])).toEqual({ min: 400, max: 532 });
    expect(articleFineRange(['split_admission'], 333)).toEqual({ min: 333, max: 666 });
  });

  it('takes a province’s tiers and says where they come from', () => {
    const jiangxi: DiscretionTiers = { ...DEFAULT_DISCRETION_TIERS, 40: { lenient: [20, 25], ordinary: [25, 35], severe: [35, 50] } };
    expect(suggestedFine(['forged_records'], 100_000, 'ordinary', jiangxi)).toMatchObject({ min: 250_000, max: 350_000, multiples: [25, 35] });
    expect(suggestedFine(['phantom_bed'], 100_000, 'ordinary')?.source).toMatch(/示例取值/);
    expect(suggestedFine([], 100_000, 'ordinary')).toBeNull();
  });
});
