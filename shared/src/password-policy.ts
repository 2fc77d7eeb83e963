/** Password policy (MLPS 2.0 level 3): length and character classes, configurable per deployment. */
export interface PasswordPolicy {
  minLength: number;
  /** how many of the four classes (lower case, upper case, digit, symbol) must appear */
  minClasses: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3 };

export type PasswordProblem = 'too_short' | 'too_few_classes' | 'contains_username' | 'too_long';

/** Longest password accepted: scrypt cost does not depend on it, but request bodies should stay small. */
export const PASSWORD_MAX_LENGTH = 128;

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
}

export function checkPassword(password: string, policy: PasswordPolicy, username?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < policy.minLength) problems.push('too_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (passwordClassCount(password) < policy.minClasses) problems.push('too_few_classes');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('contains_username');
  }
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
  }
}
