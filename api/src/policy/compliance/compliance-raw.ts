/** A datetime as either dialect returns it raw: a Date (MySQL, UTC) or 'YYYY-MM-DD HH:MM:SS.SSS' UTC text (SQLite). */
export function instantOf(v: Date | string): Date {
  return v instanceof Date ? v : new Date(`${v.replace(' ', 'T')}Z`);
}
