import { validateSubsidyStandards, type SubsidyStandards } from './enrollment';
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
