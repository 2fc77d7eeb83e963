/**
 * Money is integer fen (分) everywhere the API speaks (docs/decisions.md 20); people read and type 元
 * with two decimals. These convert without floating-point drift in the text.
 */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100).toLocaleString('en-US')}.${String(abs % 100).padStart(2, '0')}`;
}

/** `formatFen` without the thousands separators: a figure a spreadsheet reads as a number (CSV exports). */
export function formatFenPlain(fen: number | null | undefined): string {
  return formatFen(fen).replace(/,/g, '');
}

/** 元 as typed (at most two decimals) → whole fen; undefined stays undefined. */
export function yuanToFen(yuan: number | string | null | undefined): number | undefined {
  if (yuan === null || yuan === undefined || yuan === '') return undefined;
  const n = Number(yuan);
  return Number.isFinite(n) ? Math.round(n * 100) : undefined;
}

export function fenToYuan(fen: number | null | undefined): number | undefined {
  return fen === null || fen === undefined ? undefined : fen / 100;
}

/** Basis points as a percentage with two decimals: 9900 → "99.00%". */
export function formatBp(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '—';
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;
}
