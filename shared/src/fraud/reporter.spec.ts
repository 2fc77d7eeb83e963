import { maskReporterName, maskReporterPhone, REPORTER_PHONE_PATTERN } from './reporter';

describe('reporter masking (举报人信息保密)', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['韦', '*'],
    ['  李四 ', '李*'],
    ['', ''],
  ])('name %p → %p', (name, masked) => expect(maskReporterName(name)).toBe(masked));

  it.each([
    ['13812341234', '138****1234'],
    ['0772-2801234', '****1234'],
    ['123', '****'],
  ])('phone %p → %p', (phone, masked) => expect(maskReporterPhone(phone)).toBe(masked));

  it('accepts mobiles and landlines with an area code only', () => {
    for (const ok of ['13812341234', '0772-2801234', '07722801234']) expect(REPORTER_PHONE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['12345', '138123412345', 'abc', '0772-28']) expect(REPORTER_PHONE_PATTERN.test(bad)).toBe(false);
  });
});
