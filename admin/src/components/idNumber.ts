import { chinaDate, describeIdNumberProblem, validateIdNumber } from '@yibao/shared';
import type { FormItemProps } from 'antd';
import { localizeServerText } from '../providers/i18n';

/**
 * A form's ID-number field, checked as the API checks it (length, birth date, check digit): spaces dropped and the
 * check letter upper-cased as typed, the problem in the UI language. An empty field passes (say `required` beside it).
 */
export const idNumberField: Pick<FormItemProps, 'normalize'> & { rule: { validator: (rule: unknown, v?: string) => Promise<void> } } = {
  normalize: (v?: string) => v?.replace(/\s+/g, '').toUpperCase(),
  rule: {
    validator: async (_rule, v) => {
      if (!v) return;
      const check = validateIdNumber(v, chinaDate(new Date()));
      if (!check.ok) throw new Error(localizeServerText(describeIdNumberProblem(check.reason)));
    },
  },
};
