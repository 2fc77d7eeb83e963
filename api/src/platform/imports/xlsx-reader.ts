import { createReadStream } from 'node:fs';
import { FileHandle, open } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { createInflateRaw, crc32 } from 'node:zlib';
import { ImportFormatError, ImportLimitError, RawRecord } from './import-format-error';

/**
 * The XLSX side of the row reader: first worksheet, one batch of rows per inflated chunk, in bounded memory
 * whatever the file. Our own because exceljs's streaming reader kept every shared string as a JS string
 * (a 0.4 MB file with one 400 MB string, or millions of unique strings, ran the API out of heap) and spooled
 * sheets that came before xl/sharedStrings.xml to temp files (a zip bomb of blank rows wrote gigabytes).
 *
 * Random access through the zip's central directory (the upload is on disk) lets workbook, relationships,
 * styles and shared strings be read before the sheet, so nothing is spooled. Every byte inflated is counted
 * against the limits below, and the XML scanner never holds more than one bounded token.
 */

const MiB = 1024 * 1024;

/** The reader's limits; each refusal names the one it hit. Mutable for tests only. */
export const xlsxLimits = {
  /** Bytes inflated in one read of a workbook (all entries read). A 1,000,000-row roster is ~300 MB of XML. */
  maxDecompressedBytes: 1024 * MiB,
  /** Inflated ÷ compressed bytes of an entry, checked once it has inflated more than ratioFloorBytes. */
  maxCompressionRatio: 100,
  ratioFloorBytes: 4 * MiB,
  /** Excel's own cell limit. */
  maxCellChars: 32_767,
  /** All cells of one row together (a real row is well under 10 KB). */
  maxRowChars: 1_000_000,
  /** Excel's own sheet limit (rows seen, blank or not). */
  maxRows: 1_048_576,
  /** Entries of xl/sharedStrings.xml, and their UTF-8 bytes (kept in one Buffer, not as JS strings). */
  maxSharedStrings: 4_000_000,
  maxSharedStringBytes: 128 * MiB,
  /** workbook.xml, relationships, styles: small in any real file. */
  maxMetadataBytes: 32 * MiB,
  /** Zip entries in the central directory. */
  maxEntries: 10_000,
};

const MAX_COLUMNS = 16_384; // Excel's XFD

/** How much one entry may inflate, and what it is called in the refusal. */
interface Cap {
  bytes: number;
  zh: string;
  en: string;
}

function mb(bytes: number): string {
  return `${Math.round(bytes / MiB)} MB`;
}

const DAMAGED = 'XLSX 文件不完整或已损坏，请重新上传 (the XLSX file is truncated or damaged)';

// ---------------------------------------------------------------------------------------------------------
// Zip: central directory, then one entry at a time, inflated and counted

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  crc: number;
}

interface Zip {
  path: string;
  fh: FileHandle;
  size: number;
  /** by lower-case part name without a leading '/' (OOXML part names are case-insensitive) */
  entries: Map<string, ZipEntry>;
  /** bytes inflated so far in this read, against maxDecompressedBytes */
  inflated: number;
}

async function openZip(path: string): Promise<Zip> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50 && i + 22 + tail.readUInt16LE(i + 20) === tailLength) {
        eocd = i;
        break;
      }
    }
    // A cut-off upload has no end record.
    if (eocd < 0) throw new ImportFormatError(DAMAGED, []);
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // zip64: the locator sits just before the end record
      const at = size - tailLength + eocd - 20;
      const locator = await readAt(fh, at, 20);
      if (locator.readUInt32LE(0) !== 0x07064b50) throw new ImportFormatError(DAMAGED, []);
      const record = await readAt(fh, Number(locator.readBigUInt64LE(8)), 56);
      if (record.readUInt32LE(0) !== 0x06064b50) throw new ImportFormatError(DAMAGED, []);
      count = Number(record.readBigUInt64LE(32));
      cdSize = Number(record.readBigUInt64LE(40));
      cdOffset = Number(record.readBigUInt64LE(48));
    }
    if (count > xlsxLimits.maxEntries)
      throw new ImportLimitError(`XLSX 文件包含的条目超过 ${xlsxLimits.maxEntries} 个上限 (the XLSX file has more than ${xlsxLimits.maxEntries} zip entries)`);
    if (cdOffset + cdSize > size || cdSize > count * (46 + 0xffff * 3)) throw new ImportFormatError(DAMAGED, []);
    const cd = await readAt(fh, cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50) throw new ImportFormatError(DAMAGED, []);
      const flags = cd.readUInt16LE(p + 8);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: cd.toString('utf8', p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        crc: cd.readUInt32LE(p + 16),
        compressedSize: cd.readUInt32LE(p + 20),
        uncompressedSize: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      };
      readZip64Extra(entry, cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      if (flags & 1) throw new ImportFormatError('不支持加密的 XLSX 文件，请取消密码后上传 (encrypted XLSX files are not supported)', []);
      entries.set(entry.name.replace(/^\//, '').toLowerCase(), entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return { path, fh, size, entries, inflated: 0 };
  } catch (err) {
    await fh.close();
    throw err;
  }
}

/**
 * The entry names of a zip on disk, lower-cased, from its central directory only (nothing is inflated, so a
 * zip bomb costs nothing): what the attachment sniffer tells OFD, XLSX and DOCX apart by.
 */
export async function zipEntryNames(path: string): Promise<string[]> {
  const zip = await openZip(path);
  await zip.fh.close();
  return [...zip.entries.keys()];
}

/** Sizes and offset saturated at 0xFFFFFFFF are in the zip64 extra field, in this order. */
function readZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let q = 0; q + 4 <= extra.length;) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        const v = r + 8 <= q + 4 + length ? Number(extra.readBigUInt64LE(r)) : 0xffffffff;
        r += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    q += 4 + length;
  }
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new ImportFormatError(DAMAGED, []);
  return buf;
}

/**
 * An entry's text, decoded as UTF-8 across chunk boundaries, with every inflated byte counted: the workbook
 * total, the entry's own cap, its compression ratio, its declared size, and its CRC at the end.
 */
async function* entryText(zip: Zip, entry: ZipEntry, cap: Cap): AsyncGenerator<string> {
  const { maxDecompressedBytes, maxCompressionRatio, ratioFloorBytes } = xlsxLimits;
  if (entry.uncompressedSize > cap.bytes) throw capError(cap);
  if (entry.uncompressedSize > maxDecompressedBytes) throw totalError();
  if (entry.method !== 0 && entry.method !== 8)
    throw new ImportFormatError(`不支持的 XLSX 压缩方式 ${entry.method} (unsupported compression method ${entry.method})`, []);
  const local = await readAt(zip.fh, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== 0x04034b50) throw new ImportFormatError(DAMAGED, []);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > zip.size) throw new ImportFormatError(DAMAGED, []);
  if (entry.compressedSize === 0) return;
  const source = createReadStream(zip.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 64 * 1024 });
  const inflate = entry.method === 8 ? createInflateRaw({ chunkSize: 64 * 1024 }) : undefined;
  const chunks = inflate ? source.pipe(inflate) : source;
  if (inflate) source.on('error', (err) => inflate.destroy(err));
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  let crc = 0;
  try {
    for await (const chunk of chunks as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      zip.inflated += chunk.length;
      if (bytes > entry.uncompressedSize) throw new ImportFormatError(DAMAGED, []); // more than its header declared
      if (bytes > cap.bytes) throw capError(cap);
      if (zip.inflated > maxDecompressedBytes) throw totalError();
      // source.bytesRead: compressed bytes handed to inflate so far (an upper bound of what it consumed)
      if (bytes > ratioFloorBytes && bytes > maxCompressionRatio * source.bytesRead) {
        throw new ImportLimitError(
          `XLSX 文件压缩比超过 ${maxCompressionRatio} 倍上限，疑似压缩炸弹 (the XLSX file expands more than ${maxCompressionRatio}× its compressed size: limit exceeded)`,
        );
      }
      crc = crc32(chunk, crc);
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    if (bytes !== entry.uncompressedSize || crc >>> 0 !== entry.crc) throw new ImportFormatError(DAMAGED, []);
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (err) {
    if (err instanceof ImportFormatError) throw err;
    // zlib: invalid or cut-off deflate data
    throw new ImportFormatError(`无法读取 XLSX 文件，文件可能已损坏 (unreadable XLSX file: ${(err as Error).message})`, []);
  } finally {
    source.destroy();
    inflate?.destroy();
  }
}

function capError(cap: Cap): ImportLimitError {
  // the sheet and shared strings may use the whole budget: then it is the file's limit that was hit
  if (cap.bytes >= xlsxLimits.maxDecompressedBytes) return totalError();
  return new ImportLimitError(
    `XLSX 文件中的${cap.zh}解压后超过 ${mb(cap.bytes)} 上限 (the XLSX file's ${cap.en} part decompresses to more than ${mb(cap.bytes)}: limit exceeded)`,
  );
}

function totalError(): ImportLimitError {
  const limit = mb(xlsxLimits.maxDecompressedBytes);
  return new ImportLimitError(`XLSX 文件解压后超过 ${limit} 上限 (the XLSX file decompresses to more than ${limit}: limit exceeded)`);
}

// ---------------------------------------------------------------------------------------------------------
// XML: a scanner that holds at most one unfinished token

interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string, cdata: boolean): void;
}

const LT = 60;
const GT = 62;
const DQ = 34;
const SQ = 39;

/**
 * Tags, text, CDATA, comments and processing instructions — all SpreadsheetML uses. Element names lose their
 * namespace prefix. A DOCTYPE is refused (no entity definitions, so no entity expansion). Text is handed on in
 * pieces as it comes, so only an unfinished tag is held, up to `maxToken` characters.
 */
class XmlScanner {
  private pending = '';

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxToken: number,
  ) {}

  write(chunk: string, final = false): void {
    const s = this.pending === '' ? chunk : this.pending + chunk;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (s.charCodeAt(i) !== LT) {
        let j = s.indexOf('<', i);
        if (j < 0) j = n;
        this.handler.text(s.slice(i, j), false);
        i = j;
        continue;
      }
      if (n - i < 9 && !final) break; // might be the start of '<![CDATA[' or '<!--'
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end < 0) break;
        i = end + 3;
      } else if (s.startsWith('<![CDATA[', i)) {
        const end = s.indexOf(']]>', i + 9);
        if (end < 0) break;
        this.handler.text(s.slice(i + 9, end), true);
        i = end + 3;
      } else if (s.startsWith('<?', i)) {
        const end = s.indexOf('?>', i + 2);
        if (end < 0) break;
        i = end + 2;
      } else if (s.charCodeAt(i + 1) === 33 /* ! */) {
        throw new ImportFormatError('XLSX 文件含有不支持的 DOCTYPE 声明 (the XLSX file contains a DOCTYPE declaration, which is not allowed)', []);
      } else {
        const end = tagEnd(s, i + 1);
        if (end < 0) break;
        this.tag(s, i + 1, end);
        i = end + 1;
      }
    }
    this.pending = i < n ? s.slice(i) : '';
    if (this.pending.length > this.maxToken) {
      throw new ImportLimitError(
        `XLSX 文件中的 XML 标记超过 ${this.maxToken} 个字符上限 (an XML tag in the XLSX file is longer than ${this.maxToken} characters: limit exceeded)`,
      );
    }
    if (final && this.pending !== '') throw new ImportFormatError(DAMAGED, []);
  }

  /** s[from, end) is the inside of '<…>'. */
  private tag(s: string, from: number, end: number): void {
    if (s.charCodeAt(from) === 47 /* / */) {
      this.handler.close(localName(s.slice(from + 1, end).trim()));
      return;
    }
    const selfClosing = s.charCodeAt(end - 1) === 47;
    const body = s.slice(from, selfClosing ? end - 1 : end);
    const m = /^[^\s/>]+/.exec(body);
    if (!m) throw new ImportFormatError(DAMAGED, []);
    const attrs: Record<string, string> = {};
    if (body.length > m[0].length) {
      const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      re.lastIndex = m[0].length;
      for (let a = re.exec(body); a; a = re.exec(body)) attrs[a[1]] = decodeXml(a[2] ?? a[3]);
    }
    this.handler.open(localName(m[0]), attrs, selfClosing);
  }
}

/** Index of the '>' closing the tag that starts at `from`, outside quoted attribute values; -1 if not yet read. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === DQ || c === SQ) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Text of one cell or string item, collected in pieces and bounded while it is collected. */
class CellText {
  private parts: string[] = [];
  private length = 0;
  collecting = false;

  add(raw: string): void {
    if (!this.collecting) return;
    this.length += raw.length;
    // raw text may be longer than the text it stands for (&amp;…), hence the slack
    if (this.length > xlsxLimits.maxCellChars * 8) throw cellError();
    this.parts.push(raw);
  }

  take(): string {
    const raw = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts = [];
    this.length = 0;
    this.collecting = false;
    const text = decodeXml(raw);
    if (text.length > xlsxLimits.maxCellChars) throw cellError();
    return text;
  }
}

function cellError(): ImportLimitError {
  const limit = xlsxLimits.maxCellChars;
  return new ImportLimitError(`XLSX 文件中有单元格超过 ${limit} 个字符上限 (a cell in the XLSX file is longer than ${limit} characters: limit exceeded)`);
}

/** Scans one entry with a handler; yields after each chunk so a caller can hand out what the handler collected. */
async function* scan(zip: Zip, partName: string, handler: XmlHandler, cap: Cap): AsyncGenerator<void> {
  const entry = zip.entries.get(partName.toLowerCase());
  if (!entry) return;
  const scanner = new XmlScanner(handler, 256 * 1024);
  for await (const text of entryText(zip, entry, cap)) {
    scanner.write(text);
    yield;
  }
  scanner.write('', true);
  yield;
}

async function scanAll(zip: Zip, partName: string, handler: XmlHandler, cap: Cap): Promise<void> {
  for await (const _ of scan(zip, partName, handler, cap)) {
    // the handler keeps what it needs
  }
}

const metadata = (zh: string, en: string): Cap => ({ bytes: xlsxLimits.maxMetadataBytes, zh, en });
const whole = (zh: string, en: string): Cap => ({ bytes: xlsxLimits.maxDecompressedBytes, zh, en });

// ---------------------------------------------------------------------------------------------------------
// Workbook parts

/** Relationship id → part name, resolved against the folder of the part the relationships belong to. */
async function readRelationships(zip: Zip, partName: string): Promise<Array<{ id: string; type: string; target: string }>> {
  const slash = partName.lastIndexOf('/');
  const folder = partName.slice(0, slash + 1);
  const relsName = `${folder}_rels/${partName.slice(slash + 1)}.rels`;
  const rels: Array<{ id: string; type: string; target: string }> = [];
  await scanAll(
    zip,
    relsName,
    {
      open: (name, attrs) => {
        if (name === 'Relationship' && attrs.Target && attrs.TargetMode !== 'External') {
          rels.push({ id: attrs.Id ?? '', type: attrs.Type ?? '', target: resolvePart(folder, attrs.Target) });
        }
      },
      close: () => undefined,
      text: () => undefined,
    },
    metadata('关系', 'relationships'),
  );
  return rels;
}

function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/**
 * Shared strings packed into one Buffer of UTF-8 with an offset table: about 4 bytes of overhead a string
 * instead of a JS string each (the heap exceljs ran out of), both capped by the limits.
 */
class SharedStrings {
  private bytes = Buffer.alloc(64 * 1024);
  private used = 0;
  private offsets = new Uint32Array(1024);
  count = 0;

  push(text: string): void {
    const { maxSharedStrings, maxSharedStringBytes } = xlsxLimits;
    if (this.count >= maxSharedStrings) {
      throw new ImportLimitError(
        `XLSX 文件的共享字符串超过 ${maxSharedStrings} 个上限 (the XLSX file has more than ${maxSharedStrings} shared strings: limit exceeded)`,
      );
    }
    const length = Buffer.byteLength(text);
    if (this.used + length > maxSharedStringBytes) {
      throw new ImportLimitError(
        `XLSX 文件的共享字符串超过 ${mb(maxSharedStringBytes)} 上限 (the XLSX file's shared strings exceed ${mb(maxSharedStringBytes)}: limit exceeded)`,
      );
    }
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.alloc(Math.min(maxSharedStringBytes, Math.max(this.bytes.length * 2, this.used + length)));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.count + 1 >= this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.bytes.write(text, this.used);
    this.used += length;
    this.offsets[++this.count] = this.used;
  }

  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    return this.bytes.toString('utf8', this.offsets[index], this.offsets[index + 1]);
  }
}

async function readSharedStrings(zip: Zip, partName: string | undefined): Promise<SharedStrings> {
  const strings = new SharedStrings();
  if (!partName) return strings;
  const text = new CellText();
  let phonetic = 0;
  await scanAll(
    zip,
    partName,
    {
      open: (name, _attrs, selfClosing) => {
        if (selfClosing) {
          if (name === 'si') strings.push('');
          return;
        }
        if (name === 'rPh') phonetic++;
        else if (name === 't' && phonetic === 0) text.collecting = true;
      },
      close: (name) => {
        if (name === 'rPh') phonetic--;
        else if (name === 't') text.collecting = false;
        else if (name === 'si') strings.push(text.take());
      },
      text: (raw) => text.add(raw),
    },
    whole('共享字符串', 'shared strings'),
  );
  return strings;
}

/** Built-in number formats that show a date or time (Excel's ids, including the Chinese-locale ones). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A custom format shows a date when it has y, m, d, h or s outside quotes and brackets (as exceljs decides). */
function customDate(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (index = the cell's s attribute): whether its number format is a date. */
async function readDateStyles(zip: Zip, partName: string | undefined): Promise<boolean[]> {
  if (!partName) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  await scanAll(
    zip,
    partName,
    {
      open: (name, attrs, selfClosing) => {
        if (name === 'numFmt') custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
        else if (name === 'cellXfs' && !selfClosing) inCellXfs = true;
        else if (name === 'xf' && inCellXfs) formats.push(Number(attrs.numFmtId ?? 0));
      },
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text: () => undefined,
    },
    metadata('样式', 'styles'),
  );
  return formats.map((id) => (custom.has(id) ? customDate(custom.get(id)!) : builtInDate(id)));
}

interface WorkbookInfo {
  date1904: boolean;
  /** part name of the first tab's sheet */
  firstSheet: string | undefined;
  sharedStrings: string | undefined;
  styles: string | undefined;
}

async function readWorkbook(zip: Zip): Promise<WorkbookInfo> {
  const root = await readRelationships(zip, '');
  const workbookPart = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  let date1904 = false;
  let firstSheetRel: string | undefined;
  await scanAll(
    zip,
    workbookPart,
    {
      open: (name, attrs) => {
        if (name === 'workbookPr') date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
        else if (name === 'sheet' && firstSheetRel === undefined) {
          firstSheetRel = Object.entries(attrs).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1] ?? '';
        }
      },
      close: () => undefined,
      text: () => undefined,
    },
    metadata('工作簿', 'workbook'),
  );
  const rels = await readRelationships(zip, workbookPart);
  const byType = (suffix: string) => rels.find((r) => r.type.endsWith(suffix))?.target;
  let firstSheet = rels.find((r) => r.id === firstSheetRel)?.target;
  if (!firstSheet || !zip.entries.has(firstSheet.toLowerCase())) {
    // no usable workbook.xml: the lowest-numbered sheet file
    const sheets = [...zip.entries.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    sheets.sort((a, b) => Number(/\d+/.exec(a.slice(14))![0]) - Number(/\d+/.exec(b.slice(14))![0]));
    firstSheet = sheets[0];
  }
  const part = (p: string | undefined, fallback: string) => (p && zip.entries.has(p.toLowerCase()) ? p : zip.entries.has(fallback) ? fallback : undefined);
  return { date1904, firstSheet, sharedStrings: part(byType('/sharedStrings'), 'xl/sharedstrings.xml'), styles: part(byType('/styles'), 'xl/styles.xml') };
}

// ---------------------------------------------------------------------------------------------------------
// The sheet

/** "AB12" → 28 (1-based column), 0 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COLUMNS) break;
  }
  return col;
}

/** Rows of the first worksheet as cell texts, one batch per inflated chunk; blank rows are not emitted. */
export async function* xlsxBatches(filePath: string): AsyncGenerator<RawRecord[]> {
  const zip = await openZip(filePath);
  try {
    const workbook = await readWorkbook(zip);
    if (!workbook.firstSheet) return;
    const dates = await readDateStyles(zip, workbook.styles);
    const strings = await readSharedStrings(zip, workbook.sharedStrings);
    const { maxRows, maxRowChars } = xlsxLimits;
    const text = new CellText();
    let out: RawRecord[] = [];
    let rows = 0;
    let rowNumber = 0;
    let fields: (string | undefined)[] | undefined;
    let rowChars = 0;
    let column = 0;
    let cellType = '';
    let cellStyle = 0;
    let inInline = 0;
    let phonetic = 0;
    const cellValue = (raw: string): string | undefined => {
      switch (cellType) {
        case 's':
          return raw === '' ? undefined : strings.get(Number(raw));
        case 'inlineStr':
        case 'str':
        case 'e':
          return raw;
        case 'b':
          return raw === '' ? undefined : raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
        case 'd':
          return raw === '' ? undefined : dateText(new Date(raw));
        default: {
          if (raw.trim() === '') return undefined;
          const n = parseFloat(raw);
          if (Number.isNaN(n)) return raw;
          return dates[cellStyle] ? dateText(excelToDate(n, workbook.date1904)) : numberText(n);
        }
      }
    };
    const handler: XmlHandler = {
      open: (name, attrs, selfClosing) => {
        switch (name) {
          case 'row': {
            rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
            if (++rows > maxRows || !(rowNumber <= maxRows)) {
              throw new ImportLimitError(`XLSX 工作表超过 ${maxRows} 行上限 (the worksheet has more than ${maxRows} rows: limit exceeded)`);
            }
            fields = selfClosing ? undefined : [];
            rowChars = 0;
            column = 0;
            break;
          }
          case 'c':
            column = attrs.r ? columnOf(attrs.r) : column + 1;
            if (column < 1 || column > MAX_COLUMNS)
              throw new ImportFormatError(`XLSX 工作表第 ${rowNumber} 行的列号无效 (row ${rowNumber} has an invalid column reference)`, []);
            cellType = attrs.t ?? 'n';
            cellStyle = attrs.s ? Number(attrs.s) : 0;
            if (selfClosing) cellType = '';
            break;
          case 'v':
            if (!selfClosing && inInline === 0) text.collecting = true;
            break;
          case 'is':
            if (!selfClosing) inInline++;
            break;
          case 'rPh':
            if (!selfClosing) phonetic++;
            break;
          case 't':
            if (!selfClosing && inInline > 0 && phonetic === 0) text.collecting = true;
            break;
        }
      },
      close: (name) => {
        switch (name) {
          case 'v':
          case 't':
            text.collecting = false;
            break;
          case 'is':
            inInline--;
            break;
          case 'rPh':
            phonetic--;
            break;
          case 'c': {
            const value = cellValue(text.take());
            if (value !== undefined && fields) {
              rowChars += value.length;
              if (rowChars > maxRowChars) {
                throw new ImportLimitError(
                  `XLSX 工作表第 ${rowNumber} 行超过 ${maxRowChars} 个字符上限 (row ${rowNumber} is longer than ${maxRowChars} characters: limit exceeded)`,
                );
              }
              fields[column - 1] = value;
            }
            cellType = '';
            break;
          }
          case 'row':
            if (fields && fields.length > 0) out.push({ line: rowNumber, fields });
            fields = undefined;
            break;
        }
      },
      text: (raw) => text.add(raw),
    };
    for await (const _ of scan(zip, workbook.firstSheet, handler, whole('工作表', 'worksheet'))) {
      if (out.length > 0) {
        const batch = out;
        out = [];
        yield batch;
      }
    }
  } finally {
    await zip.fh.close();
  }
}

function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A number as a user typed it: no exponent or '.0', IDs beyond 2^53 the way Excel shows them. */
export function numberText(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (!Number.isFinite(n)) return String(n);
  // Beyond 2^53 the digits are already rounded (an 18-digit ID typed as a number keeps 15): show it the way
  // Excel does, 4.50202199001011E+17, so ID validation rejects it instead of a checksum passing by chance.
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return n.toPrecision(15).replace(/\.?0*e/, 'E');
  // Excel keeps 15 significant digits; drop binary noise such as 0.30000000000000004.
  const text = String(Number(n.toPrecision(15)));
  return text.includes('e') ? n.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 }) : text;
}

/** A date as YYYY-MM-DD, with the time when it has one (serial numbers are UTC days). */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const p = (x: number) => String(x).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const secs = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
  return secs === 0 ? day : `${day} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
