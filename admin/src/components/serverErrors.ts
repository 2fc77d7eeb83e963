import type { ValidationErrors } from '@refinedev/core';
import { FRAUD_GUARD_CODES, errorDetailsOf, errorText } from '@yibao/shared';
import type { FormInstance } from 'antd';
import { i18n } from '../providers/i18n';

export type FieldPath = (string | number)[];

/**
 * A field path as the API reports it — `standards.stablePhaseOut.fen[1]`, or with the index as a segment,
 * `parameters.criticalIllness.segments.0.ratioBp.value` — as an antd form name path (indexes as numbers).
 */
export function toNamePath(path: string): FieldPath {
  return path
    .split(/[.[\]]/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * The API's field errors (400 `details`) under the form fields they name, including indexed paths that
 * Refine's own mapping does not read. `toName` says which form field a path belongs to (null: no field
 * shows it); messages without a field are returned for an alert above the form.
 */
export function placeServerErrors(form: FormInstance, errors: ValidationErrors | undefined, toName: (path: string) => FieldPath | null): string[] {
  const others: string[] = [];
  const placed = new Map<string, { name: FieldPath; errors: string[] }>();
  for (const [path, value] of Object.entries(errors ?? {})) {
    const messages = ([] as unknown[]).concat(value as unknown[]).map(String);
    const name = toName(path);
    if (!name) {
      others.push(...messages);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = placed.get(key) ?? placed.set(key, { name, errors: [] }).get(key)!;
    entry.errors.push(...messages);
  }
  if (placed.size) {
    form.setFields([...placed.values()]);
    form.scrollToField([...placed.values()][0].name);
  }
  return others;
}

/** A resource by its label in the UI language (the menu's `<resource>.<resource>`, or the audit log's own name). */
export function resourceLabel(resource: string): string {
  for (const key of [`audit-logs.resourceLabels.${resource}`, `${resource}.${resource}`]) if (i18n.exists(key)) return i18n.t(key);
  return resource;
}

/**
 * The one translation of the API's domain errors: `details` naming a known code (shared ERROR_CODES) is shown
 * in the UI language with its labels; anything else falls back to the API's `message` (as given).
 */
export function serverErrorText(details: unknown, fallback: string): string {
  const coded = errorDetailsOf(details);
  return coded ? errorText(coded, i18n.language === 'en-US' ? 'en' : 'zh', resourceLabel) : fallback;
}

/**
 * The labels of the statutory guards (shared `defineCodes` lists whose codes an error body carries at its top level,
 * with the article): one list per area that has guards.
 */
const GUARD_CODE_LISTS = [FRAUD_GUARD_CODES];

/**
 * A guard's refusal as every page shows it: the guard's label and the article it enforces, then the API's own text
 * (what exactly is wrong). A code no list knows keeps the article beside the API's text.
 */
export function guardRefusalText(guard: { code: string; article: string }, fallback: string): string {
  const en = i18n.language === 'en-US';
  const list = GUARD_CODE_LISTS.find((l) => l.is(guard.code));
  const label = list ? (en ? list.en : list.zh)[guard.code as never] : null;
  const head = label ? (en ? `${label} (${guard.article})` : `${label}（${guard.article}）`) : en ? `(${guard.article})` : `（${guard.article}）`;
  return fallback ? `${head}${en ? ': ' : '：'}${fallback}` : head;
}
