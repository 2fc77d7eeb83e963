import { checkPassword, DEFAULT_PASSWORD_POLICY, passwordClassCount } from './password-policy';

describe('password policy', () => {
  it('counts character classes', () => {
    expect(passwordClassCount('abc')).toBe(1);
    expect(passwordClassCount('abcDEF12')).toBe(3);
    expect(passwordClassCount('aB1#')).toBe(4);
  });

  it.each([
    ['Demo#2026', []],
    ['Ab1#', ['too_short']],
    ['abcdefgh', ['too_few_classes']],
    ['abcdefg1', ['too_few_classes']],
    ['abcdEFG1', []],
    ['lz_city#2026A', ['contains_username']],
  ])('%s → %j', (pw, problems) => {
    expect(checkPassword(pw, DEFAULT_PASSWORD_POLICY, 'lz_city')).toEqual(problems);
  });

  it('is configurable', () => {
    expect(checkPassword('abcdefgh', { minLength: 8, minClasses: 1 })).toEqual([]);
    expect(checkPassword('Abcdefg1#', { minLength: 12, minClasses: 3 })).toEqual(['too_short']);
  });
});
