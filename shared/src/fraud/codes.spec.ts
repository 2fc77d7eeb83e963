import {
  FRAUD_ARTICLE_TEXTS,
  FRAUD_CAUSE_BASIS,
  FRAUD_CAUSES,
  FRAUD_CAUSES_BY_PARTY_TYPE,
  FRAUD_EVIDENCE_TYPE_CODES,
  FRAUD_MEASURE_MONTHS,
  FRAUD_MEASURES_BY_PARTY_TYPE,
  fraudCaseTitle,
  institutionCodeCounty,
} from '.';

describe('the cause dictionary (条例 arts. 37, 38, 40, 41)', () => {
  it('ties every cause to an article with a text and to at least one party type', () => {
    for (const cause of FRAUD_CAUSES) {
      const basis = FRAUD_CAUSE_BASIS[cause];
      expect(FRAUD_ARTICLE_TEXTS[basis.article]).toMatch(/倍以上5倍以下|倍以上2倍以下|暂停其医疗费用联网结算/);
      expect(basis.partyTypes.length).toBeGreaterThan(0);
    }
  });

  it('offers each party type only the causes of its articles', () => {
    expect(FRAUD_CAUSES_BY_PARTY_TYPE.institution).toEqual(expect.arrayContaining(['split_admission', 'phantom_bed', 'substitution', 'fictitious_service']));
    expect(FRAUD_CAUSES_BY_PARTY_TYPE.institution).not.toContain('impersonation');
    expect(FRAUD_CAUSES_BY_PARTY_TYPE.insured_person).toEqual([
      'lending_credential',
      'duplicate_benefit',
      'drug_resale',
      'impersonation',
      'individual_forgery',
    ]);
    expect(FRAUD_CAUSES_BY_PARTY_TYPE.agency).toEqual(['agency_fraud']);
    expect(FRAUD_CAUSE_BASIS.split_admission).toMatchObject({ article: 38, clause: '第（一）项' });
    expect(FRAUD_CAUSE_BASIS.forged_records).toMatchObject({ article: 40, clause: '第一款第（二）项' });
  });

  it('offers each party type only its measures, with the suspension months of the articles', () => {
    expect(FRAUD_MEASURES_BY_PARTY_TYPE.institution).toContain('agreement_termination');
    expect(FRAUD_MEASURES_BY_PARTY_TYPE.insured_person).toEqual(['order_correction', 'settlement_suspension']);
    expect(FRAUD_MEASURE_MONTHS.department_suspension).toMatchObject({ min: 6, max: 12 });
    expect(FRAUD_MEASURE_MONTHS.settlement_suspension).toMatchObject({ min: 3, max: 12 });
  });

  it('has the eight evidence types of 令第4号 art. 19', () => {
    expect(Object.values(FRAUD_EVIDENCE_TYPE_CODES.zh)).toEqual([
      '书证',
      '物证',
      '视听资料',
      '电子数据',
      '证人证言',
      '当事人陈述',
      '鉴定意见',
      '勘验笔录、现场笔录',
    ]);
  });
});

describe('names and codes', () => {
  it('titles a case "涉嫌" until it is decided', () => {
    expect(fraudCaseTitle('柳州市某医院', ['split_admission', 'phantom_bed'], false)).toBe('柳州市某医院涉嫌分解住院、挂床住院案');
    expect(fraudCaseTitle('柳州市某医院', ['split_admission'], true)).toBe('柳州市某医院分解住院案');
  });

  it.each<[unknown, string | null]>([
    ['H45020200001', '450202'],
    ['P45030500012', '450305'],
    ['X45020200001', null],
    ['H4502020001', null],
    ['h45020200001', null],
    [45020200001, null],
  ])('institution code %s → county %s', (code, county) => {
    expect(institutionCodeCounty(code)).toBe(county);
  });
});
