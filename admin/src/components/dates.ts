import { chinaDate } from '@yibao/shared';

/** The current year in China, where the ledger is kept and the reports are dated. */
export const thisYear = () => Number(chinaDate(new Date()).slice(0, 4));
