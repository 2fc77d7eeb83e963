/**
 * Password policy (MLPS 2.0 level 3, OWASP ASVS 5.0 §6.2): length, character classes, no control characters,
 * not the username, not guessable, not a recent password — configurable per deployment. The rules here are
 * pure; the two that need outside knowledge arrive as facts: `strengthScore` (0–4, from the API's strength
 * estimator over a common-password dictionary) and `reused` (the API compared the remembered hashes).
 */
export interface PasswordPolicy {
  minLength: number;
  /** how many of the four classes (lower case, upper case, digit, symbol) must appear */
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

export type PasswordProblem = 'too_short' | 'too_few_classes' | 'contains_username' | 'too_long' | 'control_character' | 'too_common' | 'reused';

/** Longest password accepted: scrypt cost does not depend on it, but request bodies should stay small. */
export const PASSWORD_MAX_LENGTH = 128;

/** How many earlier passwords (the current one included) a user may not choose again. */
export const PASSWORD_HISTORY_SIZE = 5;

/** Lowest strength-estimator score (zxcvbn 0–4) accepted: 2 = "somewhat guessable" (≥ 10^6 guesses). */
export const PASSWORD_MIN_STRENGTH_SCORE = 2;

/** C0, DEL and C1 controls, and the Unicode line/paragraph separators: invisible, and NUL ends C strings. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
}

/** What the caller learned outside the pure rules (the API fills both; the admin's live hint neither). */
export interface PasswordFacts {
  /** the strength estimator's score, 0–4 */
  strengthScore?: number;
  /** the password matches one of the user's last PASSWORD_HISTORY_SIZE passwords */
  reused?: boolean;
}

export function checkPassword(password: string, policy: PasswordPolicy, username?: string, facts: PasswordFacts = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < policy.minLength) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (CONTROL_CHARACTER.test(password)) problems.push('control_character');
  if (passwordClassCount(password) < policy.minClasses) problems.push('too_few_classes');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains_username');
  }
  if (facts.strengthScore !== undefined && facts.strengthScore < PASSWORD_MIN_STRENGTH_SCORE) problems.push('too_common');
  if (facts.reused) problems.push('reused');
  return problems;
}

/** Bilingual text for each problem, so the API and the admin say the same thing. */
export function describePasswordProblem(problem: PasswordProblem, policy: PasswordPolicy): string {
  switch (problem) {
    case 'too_short':
      return `密码至少 ${policy.minLength} 位 (at least ${policy.minLength} characters)`;
    case 'too_long':
      return `密码最多 ${PASSWORD_MAX_LENGTH} 位 (at most ${PASSWORD_MAX_LENGTH} characters)`;
    case 'too_few_classes':
      return `密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类 (at least ${policy.minClasses} of: upper case, lower case, digit, symbol)`;
    case 'contains_username':
      return '密码不得包含用户名 (must not contain the username)';
    case 'control_character':
      return '密码不得包含控制字符 (must not contain control characters)';
    case 'too_common':
      return '密码过于常见或容易猜到，请换一个 (too common or easy to guess)';
    case 'reused':
      return `不得使用最近 ${PASSWORD_HISTORY_SIZE} 次用过的密码 (must differ from the last ${PASSWORD_HISTORY_SIZE} passwords)`;
  }
}
