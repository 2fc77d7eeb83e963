import JSZip from 'jszip';

/**
 * The one DOCX writer (minimal WordprocessingML, ECMA-376 Part 1): a body of paragraphs and tables in 仿宋, packed on
 * an A4 page with 公文 margins (GB/T 9704). The fraud case documents and the compliance annual report compose their
 * bodies from these pieces; nothing else writes OOXML.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;

/** Text in XML: the five special characters escaped, and characters XML 1.0 forbids dropped (a control byte in a title). */
export function xmlText(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- the characters XML 1.0 does not allow
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const FONT = '<w:rFonts w:ascii="FangSong" w:hAnsi="FangSong" w:eastAsia="仿宋_GB2312"/>';

/** A run of text; size in half-points (32 = 三号, the 公文 body size). */
export const run = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  `<w:r><w:rPr>${FONT}${opts.bold ? '<w:b/>' : ''}<w:sz w:val="${opts.size ?? 32}"/></w:rPr><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
/** A body paragraph: fixed 28 pt lines, first line indented two characters. */
export const para = (text: string) =>
  `<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>${run(text)}</w:p>`;
export const centered = (text: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(text)}</w:p>`;
export const title = (text: string) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(text, { bold: true, size: 44 })}</w:p>`;
/** A heading inside the body (一、二、…), bold at body size. */
export const heading = (text: string) => `<w:p><w:pPr><w:spacing w:before="240" w:line="560" w:lineRule="exact"/></w:pPr>${run(text, { bold: true })}</w:p>`;
export const right = (text: string) => `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${run(text)}</w:p>`;

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');

/**
 * A bordered table: `widths` per column (twips; the text width is 9000), the header row bold when `header` is given,
 * the first column bold with `labels` (a form's field names), cells at 小四 (28 half-points) or `size`.
 */
export function grid(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  widths: readonly number[],
  opts: { header?: readonly string[]; labels?: boolean; size?: number } = {},
): string {
  const size = opts.size ?? 28;
  const cell = (text: string, width: number, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr><w:p>${run(text, { bold, size })}</w:p></w:tc>`;
  const row = (cells: ReadonlyArray<string>, header: boolean) =>
    `<w:tr><w:trPr><w:trHeight w:val="600"/></w:trPr>${widths.map((w, i) => cell(cells[i] ?? '', w, header || (!!opts.labels && i === 0))).join('')}</w:tr>`;
  const body = [...(opts.header ? [row(opts.header, true)] : []), ...rows.map((r) => row(r, false))];
  const total = widths.reduce((a, b) => a + b, 0);
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${body.join('')}</w:tbl><w:p/>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A DOCX of one body: A4, 公文 margins (GB/T 9704: 37 mm top, 28 mm left). */
export async function docx(body: string): Promise<Buffer> {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  // a fixed date: the same content renders the same bytes (the attachment store keeps them once by sha256)
  const date = new Date(Date.UTC(2020, 0, 1));
  // no folder entries: an OPC package holds parts only
  const options = { date, createFolders: false };
  zip.file('[Content_Types].xml', CONTENT_TYPES, options);
  zip.file('_rels/.rels', ROOT_RELS, options);
  zip.file('word/document.xml', document, options);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
