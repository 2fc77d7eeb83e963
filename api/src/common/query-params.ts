import { fieldError } from './errors';

/** A `year` query parameter: four digits, else a 400 naming the field. */
export function parseYear(year: unknown): number {
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw fieldError('year', '须为四位年份 (a four-digit year)');
  return Number(year);
}
