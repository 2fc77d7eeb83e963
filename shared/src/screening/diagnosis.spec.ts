import { icd10Category, isIcd10Code } from './diagnosis';

describe('isIcd10Code: the format of a settlement’s 主要诊断编码', () => {
  it.each([
    ['K35', true],
    ['K35.8', true],
    ['K35.800', true],
    ['K35.800x001', true],
    ['O80.0', true],
    ['Z51.1', true],
    ['k35', false],
    ['K3', false],
    ['K355', false],
    ['K35.', false],
    ['35.1', false],
    ['K35.800x01', false],
    ['', false],
    [null, false],
    [42, false],
  ])('%p → %p', (code, ok) => expect(isIcd10Code(code)).toBe(ok));

  it('reads the 3-character category the rules compare', () => {
    expect(icd10Category('K35.800x001')).toBe('K35');
    expect(icd10Category('Z51')).toBe('Z51');
    expect(icd10Category('bad')).toBeNull();
  });
});
