import { ENROLLMENT_TARGETS, validateSubsidyStandards, type SubsidyStandards } from './enrollment';
import { foreignCitations, ILLUSTRATIVE, sourcesOf } from './documents';
import { EXAMPLE_PARAMETERS_LIUZHOU_2026, validatePolicyParameters } from './assistance/settlement';

/** Every object inside a document (not arrays of scalars), with its dotted path. */
function objectPaths(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const here = Array.isArray(value) ? [] : [path];
  const children = Object.entries(value).flatMap(([k, v]) => objectPaths(v, path ? `${path}.${k}` : k));
  return [...here, ...children];
}

function inject(doc: unknown, path: string): unknown {
  const copy = JSON.parse(JSON.stringify(doc));
  const target = path ? path.split('.').reduce((o, k) => o[k], copy) : copy;
  target.injected = { script: '<x>' };
  return copy;
}

const STANDARDS: SubsidyStandards = {
  poolingRegionCode: '450200',
  year: 2026,
  personalContribution: { fen: 42_000, source: '通知 第一条' },
  dibaoFixed: { fen: 22_000, source: '通知 第二条' },
  stablePhaseOut: { fen: [22_000, 12_000, 5_000], source: '通知 第三条' },
  temporary: { fen: 10_000, source: '通知 第四条' },
  temporaryCap: { fen: 9_000, source: '通知 第五条' },
};

describe('parameter documents hold only the keys their type declares', () => {
  it.each([
    ['policy parameters', EXAMPLE_PARAMETERS_LIUZHOU_2026, validatePolicyParameters],
    ['subsidy standards', STANDARDS, validateSubsidyStandards],
  ] as const)('%s: an unknown key at any depth is reported at its path, and nothing else is', (_name, doc, validate) => {
    expect(validate(doc)).toEqual([]);
    const paths = objectPaths(doc);
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const field = path ? `${path}.injected` : 'injected';
      expect(validate(inject(doc, path))).toEqual([{ field, message: expect.stringMatching(/unknown (field|identity category|visit type)/) }]);
    }
  });

  it('a "__proto__" key is an unknown key like any other', () => {
    const doc = JSON.parse(JSON.stringify(EXAMPLE_PARAMETERS_LIUZHOU_2026).replace('{"deductible"', '{"__proto__":{"x":1},"deductible"'));
    expect(validatePolicyParameters(doc).map((p) => p.field)).toEqual(['basic.__proto__']);
  });
});

describe('the document registry: which jurisdiction a cited document belongs to', () => {
  it.each([
    ['S0 辽医保〔2019〕8号 §二(一)：…', '450200', ['辽医保〔2019〕8号']],
    ['S3 §三：监测预警线…', '450300', ['新疆医保局等五部门（2023）']],
    ['实施细则（依据新政办发〔2022〕40号同类规定）', '450200', ['新政办发〔2022〕40号']],
    ['S1 桂医保发〔2019〕14号 §二(六)：个人自付费用不高于住院医疗费用总额的10%', '450200', []],
    ['S4 医保发〔2019〕57号 §四：起付线降低50%', '450300', []],
    ['S3 §三', '650100', []],
    ['PS30 代码与 S31 不是文件标签', '450200', []],
  ])('%s cited for %s → foreign: %j', (source, region, foreign) => {
    expect(foreignCitations(source, region).map((d) => d.number)).toEqual(foreign);
  });

  it("the example parameters of 柳州市 cite no other province's document, and 桂医保发〔2019〕14号 where it sets the figure", () => {
    const sources = sourcesOf(EXAMPLE_PARAMETERS_LIUZHOU_2026);
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((s) => foreignCitations(s.source, '450200').length)).toEqual([]);
    for (const path of [
      'guards.oopCap.maxShareBp.inpatient.source',
      'guards.oopCap.maxShareBp.chronic_outpatient.source',
      'guards.inCatalogue.minShareBp.source',
    ]) {
      expect(sources.find((s) => s.path === path)?.source).toContain('桂医保发〔2019〕14号');
    }
    // a figure no document in force sets says so plainly
    for (const path of ['earlyWarning.thresholdFen.source', 'guards.reimbursementCeiling.maxBp.source', 'criticalIllness.minRatioBp.source']) {
      expect(sources.find((s) => s.path === path)?.source).toContain(ILLUSTRATIVE);
    }
  });

  it("a 广西 bulletin's enrollment targets rest on no other province's document", () => {
    for (const target of Object.values(ENROLLMENT_TARGETS)) expect(foreignCitations(target!.source, '450000')).toEqual([]);
  });
});
