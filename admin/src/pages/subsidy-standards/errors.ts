import type { ValidationErrors } from '@refinedev/core';
import type { FormInstance } from 'antd';
import { PARAMETERS } from './common';
import { fieldName } from './StandardsFields';

/**
 * The API's field errors (`standards.stablePhaseOut.fen[1]`, `dibaoFixed.source`…) under the form field
 * they name — Refine's own mapping does not read the `[1]` index; the rest are returned for an alert.
 */
export function placeServerErrors(form: FormInstance, errors: ValidationErrors | undefined): string[] {
  const others: string[] = [];
  for (const [path, value] of Object.entries(errors ?? {})) {
    const messages = ([] as unknown[]).concat(value as unknown[]).map(String);
    const name = fieldName(path);
    if ((PARAMETERS as readonly (string | number)[]).includes(name[1]) && name.length > 2) form.setFields([{ name, errors: messages }]);
    else others.push(...messages);
  }
  return others;
}
