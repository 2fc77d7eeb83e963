import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { ImportFormatError, RawRecord } from './import-format-error';
import { xlsxBatches } from './xlsx-reader';

export { ImportFormatError, ImportLimitError } from './import-format-error';
export type { RawRecord } from './import-format-error';
export { xlsxLimits } from './xlsx-reader';

/**
 * Streaming row reader for uploaded rosters (ARCHITECTURE §4 "Imports"): CSV (UTF-8 with or without BOM, or
 * GBK) and XLSX (first worksheet), yielding one row at a time so memory stays flat for a 1,000,000-row file.
 *
 * `line` is the row number a spreadsheet shows (the header is line 1 when it is the first row), so the error
 * report points where the user looks. Rows before the header, blank rows (every expected cell empty) and
 * `skipRows` rows are counted for `line` but not yielded.
 */

export interface SourceRow {
  /** Row number as a spreadsheet shows it (header = line 1, first data row = line 2). */
  line: number;
  /** Each expected header → its trimmed cell text ('' when empty or absent). */
  cells: Record<string, string>;
}

export interface ReadRowsOptions {
  /** Default: sniffed from the first bytes ('PK\x03\x04' = xlsx, anything else = csv). */
  format?: 'csv' | 'xlsx';
  /** Expected column headers, e.g. ['身份证号', '姓名', …]; order in the file may differ. */
  headers: readonly string[];
  /** Columns a file may leave out (read as '' when absent); never what finds the header row. */
  optionalHeaders?: readonly string[];
  /** Data rows (non-blank rows after the header) to skip, to resume a job after `processedRows`. */
  skipRows?: number;
}

/** Yields the data rows of a CSV or XLSX file, streamed. Throws ImportFormatError before the first row if the header is unusable. */
export async function* readRows(filePath: string, options: ReadRowsOptions): AsyncGenerator<SourceRow> {
  const headers = [...options.headers, ...(options.optionalHeaders ?? [])];
  let toSkip = options.skipRows ?? 0;
  for await (const { columns, records } of dataBatches(filePath, options)) {
    for (const record of records) {
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      const cells: Record<string, string> = {};
      for (let i = 0; i < headers.length; i++) cells[headers[i]] = (record.fields[columns[i]] ?? '').trim();
      yield { line: record.line, cells };
    }
  }
}

/** Number of rows readRows would yield with skipRows 0 (for progress totals; skipRows is ignored); same errors as readRows. */
export async function countDataRows(filePath: string, options: ReadRowsOptions): Promise<number> {
  let count = 0;
  for await (const { records } of dataBatches(filePath, options)) count += records.length;
  return count;
}

// ---------------------------------------------------------------------------------------------------------
// Shared: header detection and blank rows

/** Bytes read per CSV chunk, and the prefix used for format and encoding sniffing. */
const CHUNK_BYTES = 64 * 1024;
/** Offices put a title row (e.g. "某县资助参保人员花名册") or two above the header; look this far for it. */
const HEADER_SEARCH_ROWS = 10;

/** Non-blank data records after the header, in batches (one per decoded chunk), with the header's column map. */
async function* dataBatches(filePath: string, options: ReadRowsOptions): AsyncGenerator<{ columns: number[]; records: RawRecord[] }> {
  const head = await readHead(filePath);
  const sniffed = sniffFormat(head); // also rejects .xls whatever the caller assumed
  const format = options.format ?? sniffed;
  const header = new HeaderMatcher(options.headers, options.optionalHeaders ?? []);
  let columns: number[] | undefined;
  for await (const batch of format === 'xlsx' ? xlsxBatches(filePath) : csvBatches(filePath, head)) {
    const records: RawRecord[] = [];
    for (const record of batch) {
      if (columns) {
        // Blank = every expected cell empty: templates often pre-number 序号 far below the last person.
        if (!isBlank(record.fields, columns)) records.push(record);
      } else if (!isBlank(record.fields)) {
        columns = header.offer(record.fields);
      }
    }
    if (columns && records.length > 0) yield { columns, records };
  }
  if (!columns) header.fail();
}

/** Whether all fields (or the given columns) are empty or whitespace. */
function isBlank(fields: (string | undefined)[], columns?: number[]): boolean {
  const n = columns ? columns.length : fields.length;
  for (let i = 0; i < n; i++) {
    const f = fields[columns ? columns[i] : i];
    if (f && f.trim() !== '') return false;
  }
  return true;
}

/**
 * Finds the header among the first non-blank records and maps each expected header, then each optional one,
 * to its column (-1 for an optional column the file lacks: its cells read '').
 */
class HeaderMatcher {
  private readonly wanted: string[];
  private readonly optional: string[];
  private tried = 0;
  private best: { missing: string[] } | undefined;

  constructor(
    private readonly headers: readonly string[],
    optionalHeaders: readonly string[],
  ) {
    // String.prototype.trim also strips U+3000 (full-width space), U+00A0 and U+FEFF (a BOM Excel left in A1).
    this.wanted = headers.map((h) => h.trim());
    this.optional = optionalHeaders.map((h) => h.trim());
  }

  /** The column map if this record is the header, else undefined; throws once the search gives up. */
  offer(fields: (string | undefined)[]): number[] | undefined {
    const index = new Map<string, number>();
    const duplicated = new Set<string>();
    for (let i = 0; i < fields.length; i++) {
      const name = (fields[i] ?? '').trim();
      if (name === '') continue;
      if (index.has(name)) duplicated.add(name);
      else index.set(name, i);
    }
    const missing = this.headers.filter((_, i) => !index.has(this.wanted[i]));
    if (missing.length === 0) {
      // Two columns both called 身份证号: guessing which one is meant could import the wrong data.
      const dup = [...this.wanted, ...this.optional].filter((h) => duplicated.has(h));
      if (dup.length > 0) throw new ImportFormatError(`表头列重复：${dup.join('、')} (duplicate columns: ${dup.join(', ')})`, []);
      return [...this.wanted.map((h) => index.get(h) as number), ...this.optional.map((h) => index.get(h) ?? -1)];
    }
    if (!this.best || missing.length < this.best.missing.length) this.best = { missing };
    if (++this.tried >= HEADER_SEARCH_ROWS) this.fail();
    return undefined;
  }

  fail(): never {
    if (!this.best) throw new ImportFormatError('文件为空，没有表头行 (the file is empty: no header row)', [...this.headers]);
    const { missing } = this.best;
    throw new ImportFormatError(`缺少列：${missing.join('、')} (missing columns: ${missing.join(', ')})`, missing);
  }
}

async function readHead(filePath: string): Promise<Buffer> {
  const fh = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(CHUNK_BYTES);
    const { bytesRead } = await fh.read(buf, 0, CHUNK_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function sniffFormat(head: Buffer): 'csv' | 'xlsx' {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  // OLE2 compound file: Excel 97-2003 .xls, still what many county offices' software saves.
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ImportFormatError('不支持 Excel 97-2003（.xls）文件，请另存为 .xlsx 或 CSV 后上传 (legacy .xls is not supported; save as .xlsx or CSV)', []);
  }
  return 'csv';
}

// ---------------------------------------------------------------------------------------------------------
// CSV

type CsvEncoding = 'utf-8' | 'gbk';

/** UTF-8 if the first 64 KiB are strictly valid UTF-8 (headers are Chinese, so never plain ASCII), else GBK. */
function detectEncoding(head: Buffer): CsvEncoding {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ImportFormatError('不支持 UTF-16 编码的 CSV，请另存为 UTF-8 或 GBK 编码 (UTF-16 CSV is not supported; save as UTF-8 or GBK)', []);
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    // stream: true — a character cut by the 64 KiB boundary is held back, not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

async function* csvBatches(filePath: string, head: Buffer): AsyncGenerator<RawRecord[]> {
  const encoding = detectEncoding(head);
  // Streaming decode carries a multi-byte character split across chunks; a UTF-8 BOM is dropped (ignoreBOM false).
  const decoder = new TextDecoder(encoding);
  const parser = new CsvParser();
  // Undecodable bytes come out as U+FFFD; the record holding one is rejected by line rather than importing a
  // garbled name (typically a UTF-8 file with a GBK part pasted in). Only checked once a chunk had one.
  let replaced = false;
  const batch = (text: string, last: boolean): RawRecord[] => {
    const out: RawRecord[] = [];
    parser.feed(text, out);
    if (last) parser.end(out);
    replaced ||= text.includes('\uFFFD');
    if (replaced) {
      const bad = out.find((r) => r.fields.some((f) => f?.includes('\uFFFD')));
      if (bad) {
        const name = encoding === 'utf-8' ? 'UTF-8' : 'GBK';
        throw new ImportFormatError(
          `第 ${bad.line} 行含有无法按 ${name} 解码的内容，请检查文件编码 (line ${bad.line} is not valid ${name}; check the file's encoding)`,
          [],
        );
      }
    }
    return out;
  };
  const stream = createReadStream(filePath, { highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const out = batch(decoder.decode(chunk, { stream: true }), false);
      if (out.length > 0) yield out;
    }
    const out = batch(decoder.decode(), true);
    if (out.length > 0) yield out;
  } finally {
    stream.destroy();
  }
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
/** Excel's own cell limit; a longer field means an unbalanced quote swallowed the rest of the file. */
const MAX_FIELD_CHARS = 32_767;
/** Excel's column limit (XFD). */
const MAX_FIELDS = 16_384;

const CsvState = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** Saw '"' inside a quoted field: either an escaped quote ('""') or the closing quote. */
  QuoteInQuoted: 3,
} as const;
type CsvState = (typeof CsvState)[keyof typeof CsvState];

/**
 * Incremental RFC 4180 parser over decoded text chunks: quoted fields with commas, doubled quotes and line
 * breaks; CRLF, LF or CR line ends. Lenient like Excel: a quote inside an unquoted field is literal, text after
 * a closing quote is appended. One record per spreadsheet row, so `line` counts records, not physical lines.
 * Exported for tests (chunk boundaries anywhere); imports use readRows.
 */
export class CsvParser {
  /** Records completed so far (= line number of the last one). */
  line = 0;
  private state: CsvState = CsvState.FieldStart;
  private fields: string[] = [];
  /** Text of the current field carried over from earlier chunks (or earlier quoted segments). */
  private partial = '';
  /** The previous chunk ended in CR: a LF starting this one belongs to it. */
  private skipLF = false;

  feed(s: string, out: RawRecord[]): void {
    const n = s.length;
    let i = 0;
    if (this.skipLF && n > 0) {
      if (s.charCodeAt(0) === LF) i = 1;
      this.skipLF = false;
    }
    let start = i;
    while (i < n) {
      switch (this.state) {
        case CsvState.FieldStart: {
          const c = s.charCodeAt(i);
          if (c === QUOTE) {
            this.state = CsvState.Quoted;
            start = ++i;
          } else {
            this.state = CsvState.Unquoted;
            start = i;
          }
          break;
        }
        case CsvState.Unquoted: {
          let j = i;
          let c = 0;
          for (; j < n; j++) {
            c = s.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR) break;
          }
          if (j === n) {
            this.partial += s.slice(start, n);
            i = n;
            break;
          }
          this.fields.push(this.partial === '' ? s.slice(start, j) : this.partial + s.slice(start, j));
          this.partial = '';
          i = this.delimiter(s, j, c, out);
          start = i;
          break;
        }
        case CsvState.Quoted: {
          const j = s.indexOf('"', i);
          if (j < 0) {
            this.partial += s.slice(start, n);
            i = n;
            break;
          }
          this.partial += s.slice(start, j);
          this.state = CsvState.QuoteInQuoted;
          i = j + 1;
          break;
        }
        case CsvState.QuoteInQuoted: {
          const c = s.charCodeAt(i);
          if (c === QUOTE) {
            this.partial += '"';
            this.state = CsvState.Quoted;
            start = ++i;
          } else if (c === COMMA || c === LF || c === CR) {
            this.fields.push(this.partial);
            this.partial = '';
            i = this.delimiter(s, i, c, out);
            start = i;
          } else {
            this.state = CsvState.Unquoted;
            start = i;
          }
          break;
        }
      }
    }
    if (this.partial.length > MAX_FIELD_CHARS || this.fields.length > MAX_FIELDS) {
      const line = this.line + 1;
      throw new ImportFormatError(`第 ${line} 行起的引号未闭合或单元格过长 (unterminated quote or oversized record starting at line ${line})`, []);
    }
  }

  /** The file ended: flush the last record if it had no line end. */
  end(out: RawRecord[]): void {
    if (this.state === CsvState.Quoted) {
      const line = this.line + 1;
      throw new ImportFormatError(`第 ${line} 行起的引号未闭合 (unterminated quote starting at line ${line})`, []);
    }
    if (this.state === CsvState.FieldStart && this.fields.length === 0) return;
    this.fields.push(this.partial);
    this.partial = '';
    this.emit(out);
  }

  /** Handles the comma or line end at s[i] (the field is already pushed); returns the next index. */
  private delimiter(s: string, i: number, c: number, out: RawRecord[]): number {
    this.state = CsvState.FieldStart;
    if (c === COMMA) {
      // The next field starts here; FieldStart → Unquoted pushes '' for 'a,,b' and a trailing 'a,'.
      return i + 1;
    }
    this.emit(out);
    if (c === CR) {
      if (i + 1 === s.length) this.skipLF = true;
      else if (s.charCodeAt(i + 1) === LF) return i + 2;
    }
    return i + 1;
  }

  private emit(out: RawRecord[]): void {
    out.push({ line: ++this.line, fields: this.fields });
    this.fields = [];
  }
}
