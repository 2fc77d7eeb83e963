import fc from 'fast-check';
import {
  validateSubsidyStandards,
  calculateSubsidy,
  checkSubsidyStandards,
  describeSubsidyStandardsProblem,
  fenFromBasisPoints,
  formatIdentityLabels,
  IDENTITY_CATEGORIES,
  IDENTITY_CATEGORY_ALIASES,
  IDENTITY_CATEGORY_LABELS,
  IDENTITY_SUBSIDY_CATEGORY,
  IdentityCategory,
  INSURANCE_SCHEME_LABELS,
  INSURANCE_SCHEMES,
  NON_ENROLLMENT_REASON_LABELS,
  NON_ENROLLMENT_REASONS,
  parseIdentityLabels,
  parseSourceDepartment,
  phaseOutScheduleFen,
  SOURCE_DEPARTMENT_LABELS,
  SOURCE_DEPARTMENTS,
  SUBSIDY_CATEGORIES,
  SUBSIDY_CATEGORY_LABELS,
  SUBSIDY_STANDARDS_PROBLEMS,
  SUBSIDY_BASIS_CODES,
  subsidyBasisText,
  SubsidyStandards,
} from '.';

/** Test fixture, not real policy: S3 sets no amounts, every region sets its own. */
const STANDARDS: SubsidyStandards = {
  poolingRegionCode: '450200',
  year: 2024,
  personalContribution: { fen: 38000, source: '测试：个人缴费 380 元' },
  dibaoFixed: { fen: 28000, source: '测试：低保定额 280 元' },
  stablePhaseOut: { fen: [25000, 20000, 10000], source: '测试：稳定脱贫渐退 250/200/100 元' },
  temporary: { fen: 30000, source: '测试：临时性资助 300 元' },
};

const with_ = (patch: Partial<SubsidyStandards>): SubsidyStandards => ({ ...STANDARDS, ...patch });

describe('code lists', () => {
  it.each([
    ['identity categories', IDENTITY_CATEGORIES, IDENTITY_CATEGORY_LABELS, 12],
    ['source departments', SOURCE_DEPARTMENTS, SOURCE_DEPARTMENT_LABELS, 3],
    ['insurance schemes', INSURANCE_SCHEMES, INSURANCE_SCHEME_LABELS, 3],
    ['non-enrollment reasons', NON_ENROLLMENT_REASONS, NON_ENROLLMENT_REASON_LABELS, 10],
    ['subsidy categories', SUBSIDY_CATEGORIES, SUBSIDY_CATEGORY_LABELS, 5],
  ] as [string, readonly string[], Record<string, string>, number][])('%s: every code has a zh-CN label', (_name, codes, labels, count) => {
    expect(codes).toHaveLength(count);
    expect(new Set(codes).size).toBe(count);
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const code of codes) expect(labels[code]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('maps every identity to a subsidy category', () => {
    expect(Object.keys(IDENTITY_SUBSIDY_CATEGORY).sort()).toEqual([...IDENTITY_CATEGORIES].sort());
  });
});

describe('parseIdentityLabels', () => {
  it('reads the example cell', () => {
    expect(parseIdentityLabels('农村低保对象、脱贫人口')).toEqual({ ok: true, categories: ['registered_poor', 'rural_dibao'] });
  });

  it.each([
    ['农村低保对象,脱贫人口'],
    ['农村低保对象，脱贫人口'],
    ['农村低保对象；脱贫人口'],
    ['农村低保对象;脱贫人口'],
    [' 农村 低保对象 、 脱贫人口 '],
    ['农村低保\n建档立卡'],
    ['农村低保对象、、脱贫人口、'],
    ['rural_dibao、registered_poor'],
    ['脱贫人口、农村低保对象、农村低保'],
    ['\u3000农村低保对象\u3000、建档立卡贫困人口 / 脱贫人口'],
  ])('tolerates separators, spaces, short forms, codes and duplicates: %j', (cell) => {
    expect(parseIdentityLabels(cell)).toEqual({ ok: true, categories: ['registered_poor', 'rural_dibao'] });
  });

  it('accepts every label and every alias, each naming exactly one category', () => {
    const seen = new Map<string, IdentityCategory>();
    for (const code of IDENTITY_CATEGORIES) {
      for (const text of [code, IDENTITY_CATEGORY_LABELS[code], ...IDENTITY_CATEGORY_ALIASES[code]]) {
        const key = text.replace(/\s+/g, '');
        expect(seen.get(key) ?? code).toBe(code);
        seen.set(key, code);
        expect(parseIdentityLabels(text)).toEqual({ ok: true, categories: [code] });
      }
    }
  });

  it('reports unknown and ambiguous labels as written, and fails the whole cell', () => {
    expect(parseIdentityLabels('农村低保对象、低保、 贫困学生 ')).toEqual({ ok: false, reason: 'unknown', unknown: ['低保', '贫困学生'] });
    expect(parseIdentityLabels('特困、监测对象、低收入')).toEqual({ ok: false, reason: 'unknown', unknown: ['特困', '监测对象', '低收入'] });
    expect(parseIdentityLabels('低保、低保')).toEqual({ ok: false, reason: 'unknown', unknown: ['低保'] });
  });

  it('reports an empty cell', () => {
    for (const cell of ['', '   ', '、，', null, undefined]) expect(parseIdentityLabels(cell)).toEqual({ ok: false, reason: 'empty', unknown: [] });
  });

  it('reads back what formatIdentityLabels writes (property)', () => {
    fc.assert(
      fc.property(fc.subarray([...IDENTITY_CATEGORIES], { minLength: 1 }), (categories) => {
        const parsed = parseIdentityLabels(formatIdentityLabels(categories));
        expect(parsed).toEqual({ ok: true, categories: IDENTITY_CATEGORIES.filter((c) => categories.includes(c)) });
      }),
    );
  });
});

describe('parseSourceDepartment', () => {
  it.each([
    ['民政', 'civil_affairs'],
    [' 民政局 ', 'civil_affairs'],
    ['乡村振兴', 'rural_revitalization'],
    ['乡村振兴局', 'rural_revitalization'],
    ['扶贫', 'poverty_alleviation'],
    ['扶贫办', 'poverty_alleviation'],
    ['civil_affairs', 'civil_affairs'],
    ['卫健委', null],
    ['', null],
    [null, null],
  ])('%j → %s', (text, code) => {
    expect(parseSourceDepartment(text)).toBe(code);
  });
});

describe('money: ratios round down to the fen', () => {
  it.each([
    [38000, 10000, 38000],
    [38000, 7000, 26600],
    [101, 5000, 50], // 50.5 → 50 (half-up would give 51)
    [99, 9999, 98], // 98.9901 → 98
    [33333, 3333, 11109], // 11109.8889 → 11109
    [0, 5000, 0],
    [38000, 0, 0],
  ])('%i fen × %i bp = %i fen', (fen, bp, result) => {
    expect(fenFromBasisPoints(fen, bp)).toBe(result);
  });

  it('refuses fractions and negatives', () => {
    expect(() => fenFromBasisPoints(100.5, 5000)).toThrow(RangeError);
    expect(() => fenFromBasisPoints(100, 50.5)).toThrow(RangeError);
    expect(() => fenFromBasisPoints(-100, 5000)).toThrow(RangeError);
  });

  it('builds a phase-out schedule from shares', () => {
    expect(phaseOutScheduleFen(38000, [10000, 7000, 4000])).toEqual([38000, 26600, 15200]);
    expect(phaseOutScheduleFen(33333, [10000, 6667, 3333])).toEqual([33333, 22223, 11109]);
  });

  it('never exceeds the exact share, and misses it by less than one fen (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10000 }), (fen, bp) => {
        const r = fenFromBasisPoints(fen, bp);
        expect(Number.isInteger(r)).toBe(true);
        expect(r * 10000).toBeLessThanOrEqual(fen * bp);
        expect((r + 1) * 10000).toBeGreaterThan(fen * bp);
      }),
    );
  });
});

describe('calculateSubsidy: one identity', () => {
  it.each(['urban_tekun', 'rural_tekun'] as const)('%s → full, the personal contribution', (id) => {
    const d = calculateSubsidy([id], STANDARDS);
    expect(d).toMatchObject({ category: 'full', amount: 38000, decidedBy: id, missing: [] });
    expect(d.basis.join('\n')).toMatch(/全额资助.*380\.00 元/);
  });

  it('full follows the year’s contribution', () => {
    expect(calculateSubsidy(['rural_tekun'], with_({ personalContribution: { fen: 40000, source: 'x' } })).amount).toBe(40000);
  });

  it.each(['urban_dibao', 'rural_dibao'] as const)('%s → the fixed 低保 amount', (id) => {
    expect(calculateSubsidy([id], STANDARDS)).toMatchObject({ category: 'dibao_fixed', amount: 28000, decidedBy: id });
  });

  it.each(['monitored_unstable', 'monitored_marginal', 'monitored_sudden'] as const)('%s → as 低保 in the transition period', (id) => {
    const d = calculateSubsidy([id], STANDARDS);
    expect(d).toMatchObject({ category: 'dibao_fixed', amount: 28000, decidedBy: id });
    expect(d.basis.join('\n')).toMatch(/参照低保对象定额资助 280\.00 元/);
  });

  it.each([
    [0, 25000],
    [1, 20000],
    [2, 10000],
  ])('registered_poor, %i years since lifted out → phase-out amount %i', (years, amount) => {
    const d = calculateSubsidy(['registered_poor'], STANDARDS, { yearsSinceLiftedOut: years });
    expect(d).toMatchObject({ category: 'stable_phase_out', amount, decidedBy: 'registered_poor', missing: [] });
    expect(d.basis.join('\n')).toMatch(new RegExp(`渐退第 ${years + 1} 年`));
  });

  it.each([3, 4, 30])('registered_poor beyond the schedule (%i years) → none', (years) => {
    const d = calculateSubsidy(['registered_poor'], STANDARDS, { yearsSinceLiftedOut: years });
    expect(d).toMatchObject({ category: 'none', amount: 0, decidedBy: null, missing: [] });
    expect(d.basis.join('\n')).toMatch(/超出渐退期/);
  });

  it('registered_poor with an empty schedule → none', () => {
    const s = with_({ stablePhaseOut: { fen: [], source: 'x' } });
    expect(calculateSubsidy(['registered_poor'], s, { yearsSinceLiftedOut: 0 })).toMatchObject({ category: 'none', amount: 0 });
  });

  it('registered_poor without yearsSinceLiftedOut → nothing counted, and the gap is reported', () => {
    const d = calculateSubsidy(['registered_poor'], STANDARDS);
    expect(d).toMatchObject({ category: 'none', amount: 0, missing: ['yearsSinceLiftedOut'] });
    expect(d.basis.join('\n')).toMatch(/未提供脱贫年限/);
  });

  it('dibao_marginal → temporary subsidy, capped at the 稳定脱贫 standard (S3)', () => {
    const d = calculateSubsidy(['dibao_marginal'], STANDARDS);
    expect(d).toMatchObject({ category: 'temporary', amount: 25000, decidedBy: 'dibao_marginal' });
    expect(d.basis.join('\n')).toMatch(
      /标准 300\.00 元（测试：临时性资助 300 元），不高于稳定脱贫人口定额资助标准 250\.00 元（S3 第一部分（分类资助参保）；测试：稳定脱贫渐退 250\/200\/100 元），资助 250\.00 元/,
    );
  });

  it('temporary below the cap is paid as set', () => {
    expect(calculateSubsidy(['dibao_marginal'], with_({ temporary: { fen: 15005, source: 'x' } }))).toMatchObject({ category: 'temporary', amount: 15005 });
    expect(calculateSubsidy(['dibao_marginal'], with_({ temporary: { fen: 25000, source: 'x' } })).amount).toBe(25000);
  });

  it('a local temporary cap applies when lower than the 稳定脱贫 standard, never raises it', () => {
    const lower = calculateSubsidy(['dibao_marginal'], with_({ temporaryCap: { fen: 12000, source: '本地上限' } }));
    expect(lower.amount).toBe(12000);
    expect(lower.basis.join('\n')).toMatch(/本地临时性资助上限 120\.00 元（本地上限）/);
    expect(calculateSubsidy(['dibao_marginal'], with_({ temporaryCap: { fen: 90000, source: 'x' } })).amount).toBe(25000);
  });

  it('temporary is capped by the schedule’s first amount, not the person’s phase-out year', () => {
    // the cap is the region's standard; a 边缘人群 person has no phase-out year of their own
    expect(calculateSubsidy(['dibao_marginal'], STANDARDS, { yearsSinceLiftedOut: 2 }).amount).toBe(25000);
  });

  it('no temporary subsidy in the region, or no 稳定脱贫 standard → none', () => {
    expect(calculateSubsidy(['dibao_marginal'], with_({ temporary: null }))).toMatchObject({ category: 'none', amount: 0 });
    expect(calculateSubsidy(['dibao_marginal'], with_({ stablePhaseOut: { fen: [], source: 'x' } }))).toMatchObject({ category: 'none', amount: 0 });
  });

  it.each(['urban_low_income', 'rural_low_income', 'rural_other_hardship'] as const)('%s → none', (id) => {
    const d = calculateSubsidy([id], STANDARDS);
    expect(d).toMatchObject({ category: 'none', amount: 0, decidedBy: null, missing: [] });
    expect(d.basis.join('\n')).toMatch(/无对应资助参保政策/);
  });

  it('no identity → none', () => {
    expect(calculateSubsidy([], STANDARDS)).toEqual({
      category: 'none',
      amount: 0,
      decidedBy: null,
      missing: [],
      basis: ['无身份类别，不予资助参保'],
      basisNotes: [{ code: 'no_identity', params: {} }],
    });
  });

  it('no subsidy is above the personal contribution', () => {
    const s = with_({ dibaoFixed: { fen: 50000, source: 'x' }, stablePhaseOut: { fen: [60000], source: 'y' }, temporary: { fen: 70000, source: 'z' } });
    expect(calculateSubsidy(['rural_dibao'], s).amount).toBe(38000);
    expect(calculateSubsidy(['registered_poor'], s, { yearsSinceLiftedOut: 0 }).amount).toBe(38000);
    expect(calculateSubsidy(['dibao_marginal'], s).amount).toBe(38000);
    expect(calculateSubsidy(['rural_dibao'], s).basis.join('\n')).toMatch(/以个人缴费标准 380\.00 元为限/);
  });
});

describe('calculateSubsidy: several identities (就高不就低)', () => {
  it('takes the highest once, never the sum', () => {
    const d = calculateSubsidy(['rural_dibao', 'rural_tekun', 'registered_poor', 'dibao_marginal'], STANDARDS, { yearsSinceLiftedOut: 0 });
    expect(d).toMatchObject({ category: 'full', amount: 38000, decidedBy: 'rural_tekun' });
    expect(d.basis.join('\n')).toMatch(/就高不就低/);
  });

  it('低保 + 脱贫: whichever is higher that year', () => {
    expect(calculateSubsidy(['rural_dibao', 'registered_poor'], STANDARDS, { yearsSinceLiftedOut: 0 })).toMatchObject({
      category: 'dibao_fixed',
      amount: 28000,
    });
    const richPhaseOut = with_({ stablePhaseOut: { fen: [30000, 20000], source: 'x' } });
    expect(calculateSubsidy(['rural_dibao', 'registered_poor'], richPhaseOut, { yearsSinceLiftedOut: 0 })).toMatchObject({
      category: 'stable_phase_out',
      amount: 30000,
    });
    expect(calculateSubsidy(['rural_dibao', 'registered_poor'], richPhaseOut, { yearsSinceLiftedOut: 1 })).toMatchObject({
      category: 'dibao_fixed',
      amount: 28000,
    });
  });

  it('a monitored person lifted out long ago keeps the 低保-like amount', () => {
    expect(calculateSubsidy(['registered_poor', 'monitored_unstable'], STANDARDS, { yearsSinceLiftedOut: 9 })).toMatchObject({
      category: 'dibao_fixed',
      amount: 28000,
      decidedBy: 'monitored_unstable',
    });
  });

  it('an identity without subsidy does not disturb one with', () => {
    expect(calculateSubsidy(['rural_low_income', 'rural_dibao', 'rural_other_hardship'], STANDARDS)).toMatchObject({ category: 'dibao_fixed', amount: 28000 });
  });

  it('ties go to the category listed first', () => {
    const tie = with_({ dibaoFixed: { fen: 25000, source: 'x' } });
    expect(calculateSubsidy(['registered_poor', 'dibao_marginal', 'rural_dibao'], tie, { yearsSinceLiftedOut: 0 })).toMatchObject({
      category: 'dibao_fixed',
      decidedBy: 'rural_dibao',
      amount: 25000,
    });
    expect(calculateSubsidy(['rural_dibao', 'urban_dibao'], STANDARDS).decidedBy).toBe('urban_dibao');
  });

  it('reports the missing phase-out year only when it could change the result', () => {
    expect(calculateSubsidy(['registered_poor', 'rural_tekun'], STANDARDS).missing).toEqual([]);
    expect(calculateSubsidy(['registered_poor', 'rural_dibao'], STANDARDS).missing).toEqual([]); // 250 < 280 at best
    const d = calculateSubsidy(['registered_poor', 'rural_dibao'], with_({ stablePhaseOut: { fen: [30000], source: 'x' } }));
    expect(d).toMatchObject({ amount: 28000, missing: ['yearsSinceLiftedOut'] });
    expect(d.basis.at(-1)).toMatch(/补充脱贫年限/);
  });
});

describe('calculateSubsidy: the basis as codes', () => {
  it('every basis line is a code whose zh and en text render whole; every code is reached', () => {
    const variants = [
      STANDARDS,
      with_({ dibaoFixed: { fen: 50000, source: 'x' }, stablePhaseOut: { fen: [60000], source: 'y' }, temporary: { fen: 70000, source: 'z' } }),
      with_({ temporary: undefined }),
      with_({ temporary: { fen: 20000, source: '测试：临时性资助 200 元' } }),
      with_({ temporaryCap: { fen: 12000, source: '本地上限' } }),
    ];
    const reached = new Set<string>();
    const sets = [
      [],
      ...IDENTITY_CATEGORIES.map((c) => [c]),
      ['rural_dibao', 'registered_poor'],
      ['rural_tekun', 'dibao_marginal'],
      ['dibao_marginal', 'registered_poor'],
    ];
    for (const standards of variants) {
      for (const identities of sets) {
        for (const years of [undefined, 0, 1, 9]) {
          const d = calculateSubsidy(identities as IdentityCategory[], standards, { yearsSinceLiftedOut: years });
          expect(d.basis).toEqual(d.basisNotes.map((n) => subsidyBasisText(n, 'zh')));
          for (const n of d.basisNotes) {
            const walk = (note: typeof n) => {
              reached.add(note.code);
              for (const v of Object.values(note.params))
                if (Array.isArray(v)) for (const x of v) if (typeof x === 'object' && 'code' in x) walk(x as typeof n);
            };
            walk(n);
            const en = subsidyBasisText(n, 'en');
            // English mode shows no Chinese except the standards' own document citations (data: '测试…', '本地上限')
            expect(en.replace(/测试[^)]*|本地上限/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
            expect(en).not.toMatch(/\{\{|[a-z]+_[a-z_]+/);
          }
        }
      }
    }
    expect(SUBSIDY_BASIS_CODES.values.filter((c) => !reached.has(c))).toEqual([]);
  });
});

describe('calculateSubsidy: input checks', () => {
  it('refuses a negative or fractional phase-out year', () => {
    expect(() => calculateSubsidy(['registered_poor'], STANDARDS, { yearsSinceLiftedOut: -1 })).toThrow(RangeError);
    expect(() => calculateSubsidy(['registered_poor'], STANDARDS, { yearsSinceLiftedOut: 1.5 })).toThrow(RangeError);
  });

  it('refuses amounts that are not whole fen', () => {
    expect(() => calculateSubsidy(['rural_dibao'], with_({ dibaoFixed: { fen: 280.5, source: 'x' } }))).toThrow(RangeError);
    expect(() => calculateSubsidy(['rural_tekun'], with_({ personalContribution: { fen: -1, source: 'x' } }))).toThrow(RangeError);
  });
});

describe('calculateSubsidy: properties', () => {
  const fenArb = fc.integer({ min: 0, max: 200_000 });
  const standardsArb: fc.Arbitrary<SubsidyStandards> = fc.record({
    poolingRegionCode: fc.constant('450200'),
    year: fc.integer({ min: 2021, max: 2030 }),
    personalContribution: fc.record({ fen: fenArb, source: fc.constant('c') }),
    dibaoFixed: fc.record({ fen: fenArb, source: fc.constant('d') }),
    stablePhaseOut: fc.record({ fen: fc.array(fenArb, { maxLength: 6 }), source: fc.constant('s') }),
    temporary: fc.option(fc.record({ fen: fenArb, source: fc.constant('t') })),
    temporaryCap: fc.option(fc.record({ fen: fenArb, source: fc.constant('tc') }), { nil: undefined }),
  });
  const identitiesArb = fc.array(fc.constantFrom(...IDENTITY_CATEGORIES), { maxLength: 15 });
  const contextArb = fc.record({ yearsSinceLiftedOut: fc.option(fc.nat({ max: 8 }), { nil: undefined }) }, { requiredKeys: [] });

  it('the amount is the maximum of the single-identity amounts (never a sum)', () => {
    fc.assert(
      fc.property(identitiesArb, standardsArb, contextArb, (ids, s, ctx) => {
        const single = ids.map((id) => calculateSubsidy([id], s, ctx).amount);
        expect(calculateSubsidy(ids, s, ctx).amount).toBe(Math.max(0, ...single));
      }),
    );
  });

  it('adding an identity never lowers the amount', () => {
    fc.assert(
      fc.property(identitiesArb, fc.constantFrom(...IDENTITY_CATEGORIES), standardsArb, contextArb, (ids, extra, s, ctx) => {
        expect(calculateSubsidy([...ids, extra], s, ctx).amount).toBeGreaterThanOrEqual(calculateSubsidy(ids, s, ctx).amount);
      }),
    );
  });

  it('whole fen, within the contribution; temporary within the 稳定脱贫 standard; none exactly when 0', () => {
    fc.assert(
      fc.property(identitiesArb, standardsArb, contextArb, (ids, s, ctx) => {
        const d = calculateSubsidy(ids, s, ctx);
        expect(Number.isSafeInteger(d.amount)).toBe(true);
        expect(d.amount).toBeLessThanOrEqual(s.personalContribution.fen);
        if (d.category === 'temporary') {
          expect(d.amount).toBeLessThanOrEqual(s.stablePhaseOut.fen[0] ?? 0);
          if (s.temporaryCap) expect(d.amount).toBeLessThanOrEqual(s.temporaryCap.fen);
        }
        expect(d.category === 'none').toBe(d.amount === 0);
        expect(d.decidedBy === null).toBe(d.amount === 0);
        if (d.decidedBy) expect(IDENTITY_SUBSIDY_CATEGORY[d.decidedBy]).toBe(d.category);
      }),
    );
  });

  it('is deterministic: the same answer whatever the order or repetition of identities', () => {
    fc.assert(
      fc.property(identitiesArb, standardsArb, contextArb, fc.infiniteStream(fc.nat()), (ids, s, ctx, rnd) => {
        const shuffled = [...ids, ...ids.slice(0, 2)]
          .map((id) => [rnd.next().value, id] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, id]) => id);
        const d = calculateSubsidy(ids, s, ctx);
        expect(calculateSubsidy(shuffled, s, ctx)).toEqual(d);
        expect(calculateSubsidy(ids, s, ctx)).toEqual(d);
      }),
    );
  });
});

describe('checkSubsidyStandards', () => {
  it('accepts the fixture', () => {
    expect(checkSubsidyStandards(with_({ temporary: { fen: 25000, source: 'x' } }))).toEqual([]);
  });

  it('reports each problem with its field', () => {
    const issues = checkSubsidyStandards({
      ...STANDARDS,
      personalContribution: { fen: 38000, source: ' ' },
      dibaoFixed: { fen: 280.5, source: 'x' },
      stablePhaseOut: { fen: [25000, 26000, 40000], source: 'x' },
      temporary: { fen: 30000, source: 'x' },
      temporaryCap: { fen: -1, source: 'x' },
    });
    expect(issues).toEqual([
      { field: 'personalContribution.source', problem: 'no_source' },
      { field: 'dibaoFixed.fen', problem: 'not_fen' },
      { field: 'stablePhaseOut.fen[1]', problem: 'phase_out_increases' },
      { field: 'stablePhaseOut.fen[2]', problem: 'above_contribution' },
      { field: 'stablePhaseOut.fen[2]', problem: 'phase_out_increases' },
      { field: 'temporaryCap.fen', problem: 'not_fen' },
      { field: 'temporary.fen', problem: 'temporary_above_stable' },
    ]);
  });

  it('describes every problem in both languages', () => {
    for (const p of SUBSIDY_STANDARDS_PROBLEMS) expect(describeSubsidyStandardsProblem(p)).toMatch(/[\u4e00-\u9fff].* \([A-Za-z][^)]*\)$/);
  });
});

describe('validateSubsidyStandards: what the API refuses', () => {
  it('accepts well-formed standards and names every malformed part by its path', () => {
    // the shared fixture's temporary amount is deliberately above the 稳定脱贫 one (the rule caps it)
    expect(validateSubsidyStandards(STANDARDS)).toEqual([{ field: 'temporary.fen', message: describeSubsidyStandardsProblem('temporary_above_stable') }]);
    expect(validateSubsidyStandards(with_({ temporary: { fen: 20000, source: 't' } }))).toEqual([]);
    expect(validateSubsidyStandards(null)).toEqual([{ field: '', message: expect.any(String) }]);
    const broken = { ...STANDARDS, dibaoFixed: 200, stablePhaseOut: { fen: [], source: 'x' }, temporary: { fen: 1 }, year: '2026' };
    expect(
      validateSubsidyStandards(broken)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['dibaoFixed', 'stablePhaseOut', 'temporary.source', 'year']);
  });

  it('then applies the policy checks with their bilingual messages', () => {
    const problems = validateSubsidyStandards(with_({ dibaoFixed: { fen: 38001, source: 'd' }, temporary: null }));
    expect(problems).toEqual([{ field: 'dibaoFixed.fen', message: describeSubsidyStandardsProblem('above_contribution') }]);
    expect(validateSubsidyStandards({ ...STANDARDS, stablePhaseOut: { fen: Array(11).fill(100), source: 's' } })[0].field).toBe('stablePhaseOut');
  });
});
