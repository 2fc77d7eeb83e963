import { csvLine } from '@yibao/shared';

/** Rows as a CSV file the browser saves (UTF-8 with BOM so Excel opens Chinese text correctly; formula-safe cells). */
export function downloadCsv(filename: string, header: string[], rows: Array<Array<string | number | null | undefined>>): void {
  const text = '\uFEFF' + [header, ...rows].map(csvLine).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
