import { codeLabelSections, combineCodeLists, defineCodes, type CodeOf } from './codes';

describe('defineCodes', () => {
  const LEVELS = defineCodes({
    primary: { zh: '一级', en: 'Level 1' },
    secondary: { zh: '二级', en: 'Level 2' },
    tertiary: { zh: '三级', en: 'Level 3' },
  });

  it('yields the values in the order declared', () => {
    expect(LEVELS.values).toEqual(['primary', 'secondary', 'tertiary']);
  });

  it('yields the labels of each language', () => {
    expect(LEVELS.zh).toEqual({ primary: '一级', secondary: '二级', tertiary: '三级' });
    expect(LEVELS.en.tertiary).toBe('Level 3');
  });

  it('guards exactly the declared codes', () => {
    const level: CodeOf<typeof LEVELS> = 'secondary';
    expect(LEVELS.is(level)).toBe(true);
    for (const bad of ['quaternary', '', 'Primary', null, undefined, 1, {}, 'toString', '__proto__']) expect(LEVELS.is(bad)).toBe(false);
  });

  it('cannot be changed after it is declared', () => {
    expect(Object.isFrozen(LEVELS.values)).toBe(true);
    expect(Object.isFrozen(LEVELS.zh)).toBe(true);
    expect(Object.isFrozen(LEVELS.en)).toBe(true);
  });

  it('refuses codes JavaScript would reorder, and missing labels', () => {
    expect(() => defineCodes({ b: { zh: '乙', en: 'B' }, 1: { zh: '一', en: 'One' } })).toThrow(/array index/);
    expect(() => defineCodes({ a: { zh: '甲', en: ' ' } })).toThrow(/zh and an en label/);
    expect(() => defineCodes({ a: { zh: '', en: 'A' } })).toThrow(/zh and an en label/);
    expect(() => defineCodes({})).toThrow(/at least one code/);
  });

  it('gives locale sections for several lists', () => {
    const OUTCOMES = defineCodes({ done: { zh: '已办结', en: 'Done' } });
    expect(codeLabelSections({ hospitalLevels: LEVELS, outcomes: OUTCOMES }, 'en')).toEqual({
      hospitalLevels: { primary: 'Level 1', secondary: 'Level 2', tertiary: 'Level 3' },
      outcomes: { done: 'Done' },
    });
  });
});

describe('combineCodeLists', () => {
  const A = defineCodes({ a: { zh: '甲', en: 'A' } });
  const B = defineCodes({ b: { zh: '乙', en: 'B' } });

  it("joins the areas' sections", () => {
    expect(Object.keys(combineCodeLists({ first: A }, { second: B }))).toEqual(['first', 'second']);
  });

  it('refuses a section declared by two areas', () => {
    expect(() => combineCodeLists({ same: A }, { same: B })).toThrow(/'same' is declared twice/);
  });
});
