/** One problem with one field, in the shape the API turns into a 400 `details` entry. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Shape checks shared by the parameter-document validators (policy parameters, subsidy standards): a stored
 * document holds exactly the keys its type declares, so `{"injected": …}` at any depth is refused, named
 * by its dotted path, rather than kept and carried into every later copy.
 */
export function unknownKeyProblems(value: Record<string, unknown>, allowed: readonly string[], field: string): FieldProblem[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: field ? `${field}.${key}` : key, message: '未知字段，请删除 (unknown field, remove it)' }));
}
