import { closeSync, openSync, writeSync } from 'node:fs';
import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Hostile XLSX files, small on disk and huge inflated, written without holding the inflated text: the reader's
 * tests (row-reader.spec.ts, the import int-specs) and bench/xlsx-attacks.mjs use them. Nothing in the running
 * API calls this module.
 */

/** `head`, then `repeat` `times` times, then `tail`: deflated once per distinct piece, so the file stays small. */
export interface RepeatedText {
  head: string;
  repeat: string;
  times: number;
  tail: string;
  /** what the zip headers claim the inflated size is (default: the truth) */
  declaredSize?: number;
}

export type ZipContent = string | Buffer | RepeatedText;

/** Writes a zip of deflated entries, in the given order. */
export function writeZip(path: string, parts: Array<[name: string, content: ZipContent]>): void {
  const fd = openSync(path, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const write = (b: Buffer) => {
    writeSync(fd, b);
    offset += b.length;
  };
  try {
    for (const [name, content] of parts) {
      const { data, size, crc, declared } = deflated(content);
      const nameBytes = Buffer.from(name);
      const header = (central: boolean) => {
        const b = Buffer.alloc(central ? 46 : 30);
        b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
        let p = 4;
        if (central) {
          b.writeUInt16LE(20, p); // version made by
          p += 2;
        }
        b.writeUInt16LE(20, p); // version needed
        b.writeUInt16LE(0x0800, p + 2); // UTF-8 names
        b.writeUInt16LE(8, p + 4); // deflate
        b.writeUInt32LE(crc >>> 0, p + 10);
        b.writeUInt32LE(data.length, p + 14);
        b.writeUInt32LE(declared ?? size, p + 18);
        b.writeUInt16LE(nameBytes.length, p + 22);
        if (central) b.writeUInt32LE(localOffset, 42);
        return Buffer.concat([b, nameBytes]);
      };
      const localOffset = offset;
      write(header(false));
      write(data);
      central.push(header(true));
    }
    const cd = Buffer.concat(central);
    const cdOffset = offset;
    write(cd);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(cd.length, 12);
    end.writeUInt32LE(cdOffset, 16);
    write(end);
  } finally {
    closeSync(fd);
  }
}

function deflated(content: ZipContent): { data: Buffer; size: number; crc: number; declared?: number } {
  if (typeof content === 'string' || Buffer.isBuffer(content)) {
    const raw = Buffer.from(content);
    return { data: deflateRawSync(raw), size: raw.length, crc: crc32(raw) };
  }
  // Independent non-final blocks (full flush) can be concatenated; the last piece closes the stream.
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const head = Buffer.from(content.head);
  const tail = Buffer.from(content.tail);
  // deflate's window is 32 KiB: a repeated piece of at least that much compresses about 1000:1
  const unit = Buffer.from(content.repeat);
  const perBlock = Math.max(1, Math.floor((1 << 20) / unit.length));
  const block = Buffer.concat(Array.from({ length: Math.min(perBlock, content.times) }, () => unit));
  const blocks = Math.floor(content.times / perBlock);
  const rest = Buffer.concat(Array.from({ length: content.times - blocks * perBlock }, () => unit));
  const blockData = flushed(block);
  const data = Buffer.concat([flushed(head), ...Array.from({ length: blocks }, () => blockData), flushed(rest), deflateRawSync(tail)]);
  let crc = crc32(head);
  for (let i = 0; i < blocks; i++) crc = crc32(block, crc);
  crc = crc32(tail, crc32(rest, crc));
  const size = head.length + blocks * block.length + rest.length + tail.length;
  return { data, size, crc, declared: content.declaredSize };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const SST_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "A".."Z" for the first 26 columns (enough here). */
const col = (i: number) => String.fromCharCode(65 + i);

/** A row of inline strings, with cell references (exceljs needs them). */
export function inlineRow(line: number, cells: readonly string[]): string {
  return `<row r="${line}">${cells.map((c, i) => `<c r="${col(i)}${line}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`).join('')}</row>`;
}

/**
 * A one-sheet workbook: `rows` is the sheet's row XML (or a repeated piece), `sharedStrings` the <si> items.
 * The sheet comes before the shared strings in the zip, as Excel writes it.
 */
export function writeXlsx(path: string, rows: string | RepeatedText, sharedStrings: string | RepeatedText = ''): void {
  const wrap = (head: string, body: string | RepeatedText, tail: string): ZipContent =>
    typeof body === 'string' ? head + body + tail : { ...body, head: head + body.head, tail: body.tail + tail };
  writeZip(path, [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['xl/workbook.xml', WORKBOOK],
    ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
    ['xl/styles.xml', STYLES],
    ['xl/worksheets/sheet1.xml', wrap(SHEET_HEAD, rows, SHEET_TAIL)],
    ['xl/sharedStrings.xml', wrap(SST_HEAD, sharedStrings, '</sst>')],
  ]);
}

/** The attacks of issue 11, by name; `header` and `row` are the import's header and one valid data row. */
export const xlsxAttacks = {
  /** one shared string of `chars` characters (0.4 MB on disk for 400 M) */
  hugeSharedString(path: string, header: readonly string[], chars: number): void {
    const headerRow = `<row r="1">${header.map((_, i) => `<c r="${col(i)}1" t="s"><v>${i + 1}</v></c>`).join('')}</row>`;
    const items = header.map((h) => `<si><t>${escapeXml(h)}</t></si>`).join('');
    writeXlsx(path, `${headerRow}<row r="2"><c r="A2" t="s"><v>0</v></c></row>`, { head: '<si><t>', repeat: 'A', times: chars, tail: `</t></si>${items}` });
  },
  /** one inline cell of `chars` characters below the header */
  hugeInlineCell(path: string, header: readonly string[], chars: number): void {
    writeXlsx(path, { head: `${inlineRow(1, header)}<row r="2"><c r="A2" t="inlineStr"><is><t>`, repeat: 'A', times: chars, tail: '</t></is></c></row>' });
  },
  /** `count` distinct shared strings */
  manySharedStrings(path: string, header: readonly string[], row: readonly string[], count: number): void {
    const items: string[] = [];
    for (let i = 0; i < count; i++) items.push(`<si><t>${i.toString(36).padStart(8, 'x')}</t></si>`);
    writeXlsx(path, `${inlineRow(1, header)}${inlineRow(2, row)}`, items.join(''));
  },
  /** header, one data row, then blank rows up to `bytes` of sheet XML; `declaredSize` lets the zip lie */
  blankRowsBomb(path: string, header: readonly string[], row: readonly string[], bytes: number, declaredSize?: number): void {
    // one row number repeated, so the piece repeats (and exceljs, which needs row numbers, reads it too)
    const blank = '<row r="3"/>';
    const head = `${inlineRow(1, header)}${inlineRow(2, row)}`;
    writeXlsx(path, { head, repeat: blank, times: Math.ceil(bytes / blank.length), tail: '', declaredSize });
  },
};
