import type { ValidationErrors } from '@refinedev/core';
import type { FormInstance } from 'antd';
import { placeServerErrors as place } from '../../../components/serverErrors';
import { PARAMETERS } from './common';
import { fieldName } from './StandardsFields';

/**
 * The API's field errors (`standards.stablePhaseOut.fen[1]`, `dibaoFixed.source`…) under the form field
 * they name; the rest are returned for an alert.
 */
export function placeServerErrors(form: FormInstance, errors: ValidationErrors | undefined): string[] {
  return place(form, errors, (path) => {
    const name = fieldName(path);
    return (PARAMETERS as readonly (string | number)[]).includes(name[1]) && name.length > 2 ? name : null;
  });
}
