import { checkPassword, DEFAULT_PASSWORD_POLICY, describePasswordProblem, passwordClassCount } from './password-policy';

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
    ['Pass\u0000w0rd#x', ['control_character']],
    ['Line\nBreak#12', ['control_character']],
    ['Tab\tTab#123', ['control_character']],
    ['Sep\u2028ara#12', ['control_character']],
    ['Äöüabc#123', []],
    ['ab', ['too_short', 'too_few_classes']],
  ])('%s → %j', (pw, problems) => {
    expect(checkPassword(pw, DEFAULT_PASSWORD_POLICY, 'lz_city')).toEqual(problems);
  });

  it.each([
    [{ strengthScore: 0 }, ['too_common']],
    [{ strengthScore: 1 }, ['too_common']],
    [{ strengthScore: 2 }, []],
    [{ strengthScore: 4 }, []],
    [{ reused: true }, ['reused']],
    [{ strengthScore: 0, reused: true }, ['too_common', 'reused']],
    [{}, []],
  ])('facts %j → %j', (facts, problems) => {
    expect(checkPassword('Passw0rd', DEFAULT_PASSWORD_POLICY, 'lz_city', facts)).toEqual(problems);
  });

  it('describes every problem in both languages', () => {
    for (const p of ['too_short', 'too_long', 'too_few_classes', 'contains_username', 'control_character', 'too_common', 'reused'] as const) {
      expect(describePasswordProblem(p, DEFAULT_PASSWORD_POLICY)).toMatch(/[\u4e00-\u9fff].*\(.+\)/);
    }
  });

  it('is configurable', () => {
    expect(checkPassword('abcdefgh', { minLength: 8, minClasses: 1 })).toEqual([]);
    expect(checkPassword('Abcdefg1#', { minLength: 12, minClasses: 3 })).toEqual(['too_short']);
  });
});
