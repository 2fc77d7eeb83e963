import { bilingualParts } from './bilingual';

describe('bilingualParts ("中文 (english)")', () => {
  it.each<[string, { zh: string; en: string | null }]>([
    ['身份证号：校验码错误 (the check digit does not match)', { zh: '身份证号：校验码错误', en: 'the check digit does not match' }],
    ['姓名：与第 3 行重复 (same ID as line 3)', { zh: '姓名：与第 3 行重复', en: 'same ID as line 3' }],
    ['行政区划代码：（空） 不是县级代码 (not a county)', { zh: '行政区划代码：（空） 不是县级代码', en: 'not a county' }],
    ['须为 一级 / 二级 / 三级', { zh: '须为 一级 / 二级 / 三级', en: null }],
    ['only english (no chinese)', { zh: 'only english (no chinese)', en: null }],
    ['数字 (123)', { zh: '数字 (123)', en: null }],
  ])('%s', (text, parts) => {
    expect(bilingualParts(text)).toEqual(parts);
  });
});
