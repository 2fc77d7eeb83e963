import { chinaDate } from '@yibao/shared';
import dayjs, { type Dayjs } from 'dayjs';

/** The current year in China, where the ledger is kept and the reports are dated. */
export const thisYear = () => Number(chinaDate(new Date()).slice(0, 4));

/** A form's date field: 'YYYY-MM-DD' in the form values, a dayjs in the picker (null once cleared). */
export const dateField = {
  getValueProps: (v?: string | null) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

/**
 * A date field's rule: not before the date in `field` of the same form (an end date, a deadline after a start); an
 * empty value or an empty start is left to `required`.
 */
export const notBefore =
  (field: string, message: string) =>
  ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, v?: string | null) => {
      const start = getFieldValue(field) as string | null | undefined;
      return !v || !start || v >= start ? Promise.resolve() : Promise.reject(new Error(message));
    },
  });
