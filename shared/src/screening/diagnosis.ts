/**
 * 主要诊断编码 (ICD-10, GB/T 14396 and the national 医保版 extension codes such as `K35.800x001`): the settlement
 * carries it; the screening rules compare its 3-character category (a letter and two digits). Format only: the
 * code list itself is not in the product.
 */
export const ICD10_CODE_PATTERN = /^[A-Z]\d{2}(\.[0-9A-Z]{1,4}([a-z]\d{3})?)?$/;
export const ICD10_CODE_MAX_LENGTH = 16;

export function isIcd10Code(code: unknown): code is string {
  return typeof code === 'string' && code.length <= ICD10_CODE_MAX_LENGTH && ICD10_CODE_PATTERN.test(code);
}

/** The 3-character category (`K35.800x001` → `K35`), or null when the code is not ICD-10. */
export function icd10Category(code: unknown): string | null {
  return isIcd10Code(code) ? code.slice(0, 3) : null;
}
