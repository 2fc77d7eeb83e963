import type { DataSource } from 'typeorm';

/**
 * The database clock's now to the millisecond, `seconds` ahead when given, as SQL: leases and marks are dated by the
 * one clock every API process shares, so hosts with skewed clocks agree on expiry.
 */
export function dbClockSql(ds: DataSource, seconds = 0): string {
  if (!Number.isInteger(seconds)) throw new Error(`dbClockSql: whole seconds only (${seconds})`);
  if (ds.options.type === 'better-sqlite3')
    return seconds ? `strftime('%Y-%m-%d %H:%M:%f', 'now', '${seconds >= 0 ? '+' : ''}${seconds} seconds')` : `strftime('%Y-%m-%d %H:%M:%f', 'now')`;
  return seconds ? `NOW(3) + INTERVAL ${seconds} SECOND` : 'NOW(3)';
}
