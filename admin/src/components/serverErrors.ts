import type { ValidationErrors } from '@refinedev/core';
import type { FormInstance } from 'antd';

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
