import { chinaDate } from '@yibao/shared';
import dayjs, { type Dayjs } from 'dayjs';

/** The current year in China, where the ledger is kept and the reports are dated. */
export const thisYear = () => Number(chinaDate(new Date()).slice(0, 4));

/** A form's date field: 'YYYY-MM-DD' in the form values, a dayjs in the picker (null once cleared). */
export const dateField = {
  getValueProps: (v?: string | null) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d?: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};
