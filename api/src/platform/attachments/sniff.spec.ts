import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeZip } from '../imports/xlsx-attack-files';
import { isEvidenceType, sniffFile, sniffHead, zipContainerType } from './sniff';

const bytes = (...b: number[]) => Buffer.from(b);
const text = (s: string) => Buffer.from(s, 'utf8');

describe('sniffHead: the type is the bytes', () => {
  it.each([
    ['PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf'],
    ['JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46), 'image/jpeg'],
    ['JPEG (Exif)', bytes(0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34), 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'image/png'],
    ['a zip (entries decide)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'application/zip'],
    ['ELF executable', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), 'application/x-executable'],
    ['Windows executable', text('MZ\x90\x00\x03\x00'), 'application/x-msdownload'],
    ['Mach-O', bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1), 'application/x-mach-binary'],
    ['shell script', text('#!/bin/sh\nrm -rf /'), 'text/x-shellscript'],
    ['old Office (OLE)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'application/x-ole-storage'],
    ['GIF', text('GIF89a\x01\x00'), 'image/gif'],
    ['gzip', bytes(0x1f, 0x8b, 8, 0), 'application/gzip'],
    ['HTML', text('<!DOCTYPE html><html><body>'), 'text/html'],
    ['HTML after a BOM and blanks', text('\uFEFF \r\n<html>'), 'text/html'],
    ['a script tag', text('<script>alert(1)</script>'), 'text/html'],
    ['HTML further in', text('hello <body onload=alert(1)>'), 'text/html'],
    ['SVG', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'), 'image/svg+xml'],
    ['SVG with an XML declaration', text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'), 'image/svg+xml'],
    ['other XML', text('<?xml version="1.0"?><root/>'), 'application/xml'],
    ['plain text', text('就是一段文字'), 'text/plain'],
    ['binary noise', bytes(1, 2, 0, 3), 'application/octet-stream'],
    // a PDF marker that is not at the start is not a PDF (a polyglot HTML page would otherwise pass)
    ['PDF marker later', text('<html>%PDF-1.4'), 'text/html'],
  ])('%s → %s', (_name, head, type) => {
    expect(sniffHead(head)).toBe(type);
  });
});

describe('zipContainerType: OFD, XLSX and DOCX by their entries', () => {
  it.each([
    ['OFD (GB/T 33190)', ['OFD.xml', 'Doc_0/Document.xml', 'Doc_0/Pages/Page_0/Content.xml'], 'application/ofd'],
    [
      'XLSX',
      ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['DOCX', ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['OOXML parts without [Content_Types].xml', ['xl/workbook.xml'], 'application/zip'],
    ['OFD.xml not at the root', ['docs/OFD.xml'], 'application/zip'],
    ['both a workbook and a document', ['[Content_Types].xml', 'xl/workbook.xml', 'word/document.xml'], 'application/zip'],
    ['a plain archive', ['evil.exe', 'readme.txt'], 'application/zip'],
  ])('%s', (_name, names, type) => {
    expect(zipContainerType(names)).toBe(type);
  });

  it('accepts exactly the six evidence types', () => {
    expect(['application/pdf', 'image/jpeg', 'image/png', 'application/ofd'].every(isEvidenceType)).toBe(true);
    expect(['application/zip', 'text/html', 'image/svg+xml', 'application/x-executable', 'toString', '__proto__'].some(isEvidenceType)).toBe(false);
  });
});

describe('sniffFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-sniff-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a zip container by its central directory, and calls a damaged or empty file what it is', async () => {
    const ofd = path.join(dir, 'a.ofd');
    writeZip(ofd, [
      ['OFD.xml', '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>'],
      ['Doc_0/Document.xml', '<ofd:Document/>'],
    ]);
    expect(await sniffFile(ofd)).toBe('application/ofd');
    const cut = path.join(dir, 'cut.zip');
    fs.writeFileSync(cut, fs.readFileSync(ofd).subarray(0, 40)); // no central directory
    expect(await sniffFile(cut)).toBe('application/zip');
    const empty = path.join(dir, 'empty.pdf');
    fs.writeFileSync(empty, '');
    expect(await sniffFile(empty)).toBe('application/x-empty');
  });
});
