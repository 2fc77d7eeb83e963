import { amountInCapitals, caseDocumentNo, issuingUnitAbbreviation } from '.';
import { ATTACHMENT_EVIDENCE_TYPE_LISTS, attachmentEvidenceTypes } from '../attachment-evidence-types';
import { FRAUD_EVIDENCE_TYPE_CODES } from './codes';

describe('a document’s number (GB/T 9704: 机关代字〔年份〕序号号)', () => {
  it.each<[Parameters<typeof caseDocumentNo>[0], string, number, number, string]>([
    ['filing_approval', '柳医保', 2026, 3, '柳医保立〔2026〕3号'],
    ['penalty_notice', '柳医保', 2026, 3, '柳医保告〔2026〕3号'],
    ['penalty_decision', '柳医保', 2026, 3, '柳医保罚〔2026〕3号'],
    ['penalty_decision', '桂林医保', 2025, 120, '桂林医保罚〔2025〕120号'],
  ])('%s by %s in %i no. %i → %s', (kind, unit, year, serial, expected) => {
    expect(caseDocumentNo(kind, unit, year, serial)).toBe(expected);
  });

  it.each([0, -1, 1.5, 1_000_000])('refuses serial %p', (serial) => {
    expect(() => caseDocumentNo('penalty_notice', '柳医保', 2026, serial)).toThrow(RangeError);
  });

  it('refuses a year that is not four digits', () => {
    expect(() => caseDocumentNo('penalty_notice', '柳医保', 26, 1)).toThrow(RangeError);
  });
});

describe('the issuing unit’s 机关代字 from its region', () => {
  it.each<[string, string | null, string]>([
    ['000000', '全国', '国医保'],
    ['450000', '广西壮族自治区', '桂医保'],
    ['440000', '广东省', '粤医保'],
    ['450200', '柳州市', '柳医保'],
    // the city's first character is its province's 简称: two characters, so it never reads as the province
    ['450300', '桂林市', '桂林医保'],
    ['440100', '广州市', '广医保'],
    ['450202', '城中区', '城中医保'],
    ['450223', '鹿寨县', '鹿寨医保'],
    ['450225', '融水苗族自治县', '融水医保'],
    ['450200', null, '桂医保'],
  ])('%s %s → %s', (code, name, expected) => {
    expect(issuingUnitAbbreviation(code, name)).toBe(expected);
  });
});

describe('大写金额 (会计基础工作规范 art. 52)', () => {
  it.each<[number, string]>([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [100, '壹元整'],
    [1_000, '壹拾元整'],
    [1_600, '壹拾陆元整'],
    [100_050, '壹仟元伍角整'],
    [100_500, '壹仟零伍元整'],
    [10_005, '壹佰元零伍分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [1_000_000, '壹万元整'],
    [10_070_000, '壹拾万零柒佰元整'],
    [100_000_000, '壹佰万元整'],
    [10_000_000_000, '壹亿元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [1_234_567_890, '壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角整'],
    [999_999_999_999_99, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%i fen → %s', (fen, expected) => {
    expect(amountInCapitals(fen)).toBe(expected);
  });

  it.each([-1, 0.5, Number.NaN, 999_999_999_999_99 + 1])('refuses %p', (fen) => {
    expect(() => amountInCapitals(fen)).toThrow(RangeError);
  });
});

describe('evidence-type lists of attachments, per resource', () => {
  it('fraud cases carry the eight kinds of 令第4号 art. 19', () => {
    expect(attachmentEvidenceTypes('fraud-cases')).toBe(FRAUD_EVIDENCE_TYPE_CODES);
    expect(FRAUD_EVIDENCE_TYPE_CODES.values).toHaveLength(8);
  });

  it.each(['inspections', 'rectification-items', 'toString', '__proto__', 'constructor'])('%s declares none', (resource) => {
    expect(attachmentEvidenceTypes(resource)).toBeNull();
  });

  it('declares only resources of the permission table', () => {
    expect(Object.keys(ATTACHMENT_EVIDENCE_TYPE_LISTS)).toEqual(['fraud-cases']);
  });
});
