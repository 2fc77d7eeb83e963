import { open } from 'node:fs/promises';
import { zipEntryNames } from '../imports/xlsx-reader';

/**
 * What a file is, decided by its bytes (never by its name or the browser's Content-Type): the six kinds of
 * evidence the platform keeps, or the name of what it is instead, for the 415.
 */
export const EVIDENCE_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['.pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  'image/png': { label: 'PNG', extensions: ['.png'] },
  // GB/T 33190-2016 版式文档: a zip whose root holds OFD.xml
  'application/ofd': { label: 'OFD', extensions: ['.ofd'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', extensions: ['.xlsx'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', extensions: ['.docx'] },
} as const;
export type EvidenceType = keyof typeof EVIDENCE_TYPES;

export function isEvidenceType(contentType: string): contentType is EvidenceType {
  return Object.hasOwn(EVIDENCE_TYPES, contentType);
}

/** What the first bytes say; `application/zip` still needs its entries (zipContainerType). */
export type HeadType = EvidenceType | 'application/zip' | string;

/** Bytes read from the start of a file: every signature below fits, and enough text to spot markup. */
export const SNIFF_HEAD_BYTES = 1024;

const SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'application/pdf'], // %PDF-
  [[0xff, 0xd8, 0xff], 'image/jpeg'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
  [[0x50, 0x4b, 0x03, 0x04], 'application/zip'],
  [[0x7f, 0x45, 0x4c, 0x46], 'application/x-executable'], // ELF
  [[0x4d, 0x5a], 'application/x-msdownload'], // MZ: Windows .exe/.dll
  [[0xcf, 0xfa, 0xed, 0xfe], 'application/x-mach-binary'],
  [[0xfe, 0xed, 0xfa, 0xce], 'application/x-mach-binary'],
  [[0xca, 0xfe, 0xba, 0xbe], 'application/x-mach-binary'],
  [[0x23, 0x21], 'text/x-shellscript'], // #!
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'application/x-ole-storage'], // .doc/.xls of old
  [[0x47, 0x49, 0x46, 0x38], 'image/gif'],
  [[0x52, 0x61, 0x72, 0x21], 'application/vnd.rar'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'application/x-7z-compressed'],
  [[0x1f, 0x8b], 'application/gzip'],
];

const HTML_START = /^<(!doctype\s+html|html|head|body|script|iframe|meta|title|style|div|img|a\s|!--)/;

/** The type the first bytes of a file declare (a table-tested pure function). */
export function sniffHead(head: Buffer): HeadType {
  for (const [magic, type] of SIGNATURES) {
    if (head.length >= magic.length && magic.every((b, i) => head[i] === b)) return type;
  }
  if (head.includes(0)) return 'application/octet-stream';
  // text: markup is refused whatever it is called — a browser would run it
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/<svg[\s>]/.test(text) && (text.startsWith('<svg') || text.startsWith('<?xml') || text.startsWith('<!doctype svg') || text.startsWith('<!--')))
    return 'image/svg+xml';
  if (HTML_START.test(text) || /<(html|script|body)[\s>]/.test(text)) return 'text/html';
  if (text.startsWith('<?xml')) return 'application/xml';
  return 'text/plain';
}

/**
 * A zip container by its entries (lower-cased names): OFD has OFD.xml at its root (GB/T 33190 §7.1); OOXML has
 * [Content_Types].xml and its main part under xl/ (XLSX) or word/ (DOCX). Anything else, or more than one of
 * them at once, is a plain zip.
 */
export function zipContainerType(entryNames: readonly string[]): HeadType {
  const names = new Set(entryNames.map((n) => n.replace(/^\//, '').toLowerCase()));
  const ooxml = names.has('[content_types].xml');
  const under = (folder: string) => [...names].some((n) => n.startsWith(folder));
  const kinds: EvidenceType[] = [];
  if (names.has('ofd.xml')) kinds.push('application/ofd');
  if (ooxml && under('xl/')) kinds.push('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  if (ooxml && under('word/')) kinds.push('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return kinds.length === 1 ? kinds[0] : 'application/zip';
}

/** What the file on disk is: its first bytes, and for a zip its central directory (read, never inflated). */
export async function sniffFile(path: string): Promise<HeadType> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(SNIFF_HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_HEAD_BYTES, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (head.length === 0) return 'application/x-empty';
  const type = sniffHead(head);
  if (type !== 'application/zip') return type;
  try {
    return zipContainerType(await zipEntryNames(path));
  } catch {
    return 'application/zip'; // damaged, encrypted or with too many entries: not evidence we can tell apart
  }
}
