import {
  candidateHash,
  drawFlightCheck,
  isRecused,
  riskWeight,
  seededStream,
  weightedSample,
  type DrawCandidateInspector,
  type DrawCandidateInstitution,
} from './draw';

const inst = (code: string, regionCode: string, weight = 1): DrawCandidateInstitution => ({ code, name: `机构${code}`, regionCode, weight });
const user = (userId: number, regionCode: string): DrawCandidateInspector => ({ userId, displayName: `稽查员${userId}`, regionCode });

const INSTITUTIONS = [
  inst('H45020200001', '450202'),
  inst('H45020200002', '450202'),
  inst('H45020300001', '450203'),
  inst('H45020400001', '450204'),
  inst('H45020500001', '450205'),
  inst('P45020500002', '450205'),
];
const INSPECTORS = [user(11, '450200'), user(12, '450200'), user(13, '450202'), user(14, '450203'), user(15, '450204'), user(16, '450205')];
const input = (over: Partial<Parameters<typeof drawFlightCheck>[0]> = {}) => ({
  seed: 'gx-2026-11',
  institutionCount: 2,
  inspectorCount: 2,
  institutions: INSTITUTIONS,
  inspectors: INSPECTORS,
  ...over,
});

describe('双随机 draw: reproducibility', () => {
  it('the same seed and candidates give the same draw, whatever order the database returned them in', () => {
    const a = drawFlightCheck(input());
    const b = drawFlightCheck(input({ institutions: [...INSTITUTIONS].reverse(), inspectors: [...INSPECTORS].reverse() }));
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
  });

  it('is pinned: this seed over these candidates draws exactly this (a change to the generator breaks published draws)', () => {
    const a = drawFlightCheck(input());
    if (!a.ok) throw new Error('refused');
    expect(a.candidateHash).toMatch(/^[0-9a-f]{64}$/);
    expect({ institutions: a.institutions.map((i) => i.code), inspectors: a.inspectors.map((u) => u.userId) }).toEqual({
      institutions: ['H45020200002', 'H45020200001'],
      inspectors: [15, 14],
    });
  });

  it('different seeds give different draws (over 50 seeds, more than a handful of distinct outcomes)', () => {
    const outcomes = new Set<string>();
    for (let s = 0; s < 50; s++) {
      const d = drawFlightCheck(input({ seed: `seed-${s}` }));
      if (d.ok) outcomes.add(JSON.stringify([d.institutions.map((i) => i.code), d.inspectors.map((u) => u.userId)]));
    }
    expect(outcomes.size).toBeGreaterThan(10);
  });

  it('the candidate hash ignores order and names but changes with any candidate, county or weight', () => {
    const base = candidateHash(INSTITUTIONS, INSPECTORS);
    expect(candidateHash([...INSTITUTIONS].reverse(), [...INSPECTORS].reverse())).toBe(base);
    expect(
      candidateHash(
        INSTITUTIONS.map((i) => ({ ...i, name: '改名' })),
        INSPECTORS,
      ),
    ).toBe(base);
    const changed = [
      candidateHash(INSTITUTIONS.slice(1), INSPECTORS),
      candidateHash([...INSTITUTIONS, inst('H45020600001', '450206')], INSPECTORS),
      candidateHash([{ ...INSTITUTIONS[0], weight: 2 }, ...INSTITUTIONS.slice(1)], INSPECTORS),
      candidateHash([{ ...INSTITUTIONS[0], regionCode: '450203' }, ...INSTITUTIONS.slice(1)], INSPECTORS),
      candidateHash(INSTITUTIONS, INSPECTORS.slice(1)),
      candidateHash(INSTITUTIONS, [{ ...INSPECTORS[0], regionCode: '450202' }, ...INSPECTORS.slice(1)]),
    ];
    for (const h of changed) expect(h).not.toBe(base);
    expect(new Set(changed).size).toBe(changed.length);
  });
});

describe('双随机 draw: weighting', () => {
  it.each([
    [0, 1],
    [1, 2],
    [123456, 123457],
    [-5, 1],
    [1.5, 1],
  ])('riskWeight(%p fen) = %p', (fen, weight) => expect(riskWeight(fen)).toBe(weight));

  it('the generator is uniform: 6,000 numbers below 6 land within 15% of 1,000 each', () => {
    const rng = seededStream('uniform-check', 's');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 6000; i++) counts[Number(rng.below(BigInt(6)))]++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });

  it('the first pick is proportional to weight (weights 1:2:7 over 3,000 fixed seeds, each within 20% of its share)', () => {
    const weights = [1, 2, 7];
    const firsts = [0, 0, 0];
    const N = 3000;
    for (let s = 0; s < N; s++) firsts[weightedSample(`w-${s}`, 'institutions', weights, 1)[0]]++;
    weights.forEach((w, i) => {
      const expected = (N * w) / 10;
      expect(Math.abs(firsts[i] - expected)).toBeLessThan(expected * 0.2);
    });
  });

  it('without replacement: every index at most once, and all of them when asked for all', () => {
    for (let s = 0; s < 100; s++) {
      const picked = weightedSample(`all-${s}`, 'x', [5, 1, 1_000_000_000, 3, 1], 5);
      expect([...picked].sort()).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('an institution with a large open 疑点 amount is drawn far more often than its clean peers', () => {
    const risky = INSTITUTIONS.map((i) => ({ ...i, weight: i.code === 'H45020400001' ? riskWeight(5_000_000) : riskWeight(0) }));
    let drawnRisky = 0;
    for (let s = 0; s < 200; s++) {
      const d = drawFlightCheck(input({ seed: `r-${s}`, institutionCount: 1, institutions: risky }));
      if (d.ok && d.institutions[0].code === 'H45020400001') drawnRisky++;
    }
    expect(drawnRisky).toBeGreaterThan(195);
  });

  it('refuses a weight that is not a positive safe integer (a programming error, not a draw)', () => {
    expect(() => weightedSample('s', 'x', [1, 0], 1)).toThrow(RangeError);
    expect(() => weightedSample('s', 'x', [1, 2.5], 1)).toThrow(RangeError);
  });
});

describe('双随机 draw: recusal (回避)', () => {
  it.each([
    ['450202', [['450202']], true],
    ['450202001', [['450202']], true],
    ['450203', [['450202']], false],
    ['450200', [['450202'], ['450203']], false],
    ['450000', [['450202']], false],
  ])('an inspector of %p with drawn counties %j is recused: %p', (region, drawn, recused) =>
    expect(
      isRecused(
        { regionCode: region },
        (drawn as string[][]).map(([regionCode]) => ({ regionCode })),
      ),
    ).toBe(recused),
  );

  it('no drawn inspector ever comes from a drawn institution’s county (300 seeds)', () => {
    for (let s = 0; s < 300; s++) {
      const d = drawFlightCheck(input({ seed: `rec-${s}`, institutionCount: 3 }));
      if (!d.ok) {
        expect(d.field).toBe('inspectorCount');
        continue;
      }
      const counties = new Set(d.institutions.map((i) => i.regionCode));
      for (const u of d.inspectors) expect(counties.has(u.regionCode)).toBe(false);
      expect(d.eligibleInspectors).toBe(INSPECTORS.filter((u) => !counties.has(u.regionCode)).length);
    }
  });
});

describe('双随机 draw: too few candidates', () => {
  it('fewer institutions than asked → refused naming institutionCount, with what is available', () => {
    expect(drawFlightCheck(input({ institutionCount: 7 }))).toMatchObject({ ok: false, field: 'institutionCount', requested: 7, available: 6 });
  });

  it('fewer inspectors left after recusal than asked → refused naming inspectorCount', () => {
    // the two city inspectors are never recused; every county inspector is when all six institutions are drawn
    expect(drawFlightCheck(input({ institutionCount: 6, inspectorCount: 3 }))).toMatchObject({
      ok: false,
      field: 'inspectorCount',
      requested: 3,
      available: 2,
    });
    const d = drawFlightCheck(input({ institutionCount: 6, inspectorCount: 2 }));
    expect(d.ok && d.inspectors.map((u) => u.userId).sort()).toEqual([11, 12]);
  });

  it('no candidates at all → refused, never a crash', () => {
    expect(drawFlightCheck(input({ institutions: [], inspectors: [] }))).toMatchObject({ ok: false, field: 'institutionCount', available: 0 });
  });
});
