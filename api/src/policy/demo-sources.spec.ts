import { foreignCitations, sourcesOf } from '@yibao/shared';
import { demoPolicyParameters } from './assistance/demo';
import { demoSubsidyStandards } from './enrollment/demo';

/** Issue 13 item 14: a 广西 city's demo figures cite national or 广西 documents only, or say they are illustrative. */
describe("the demo's parameter sets cite no other province's document", () => {
  const documents: Array<[string, string, object]> = [
    ...demoPolicyParameters().map((p): [string, string, object] => [`policy parameters ${p.regionCode}/${p.year}`, p.regionCode, p]),
    ...demoSubsidyStandards().map((s): [string, string, object] => [`subsidy standards ${s.poolingRegionCode}/${s.year}`, s.poolingRegionCode, s]),
  ];

  it('covers 柳州市 and 桂林市', () => {
    expect(new Set(documents.map(([, region]) => region))).toEqual(new Set(['450200', '450300']));
  });

  it.each(documents)('%s', (_name, region, doc) => {
    const sources = sourcesOf(doc);
    expect(sources.length).toBeGreaterThan(3);
    expect(sources.filter((s) => foreignCitations(s.source, region).length)).toEqual([]);
  });
});
