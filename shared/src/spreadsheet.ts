/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with = + - @, a tab or a CR
 * runs as a formula when a CSV is opened in Excel or LibreOffice (`=cmd|' /C calc'!A0`), and an XLSX text cell
 * becomes one the moment a user re-saves it as CSV. Every CSV and XLSX the product writes passes its text
 * cells through `spreadsheetSafe()` (API: common/xlsx.ts and the CSV writers; admin: components/csv.ts).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number such as "-12.5" cannot be a formula and is left alone (negative amounts stay numbers). */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The text with a leading single quote when it could start a formula; anything else unchanged. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) && text !== '-' ? `'${text}` : text;
}

/** One CSV line (no line end): text made formula-safe, then quoted when it holds a comma, quote or line break. */
export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return values
    .map((v) => {
      if (v === null || v === undefined) return '';
      const s = typeof v === 'number' ? String(v) : spreadsheetSafe(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
