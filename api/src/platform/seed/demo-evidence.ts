import { deflateSync } from 'node:zlib';

/**
 * Small but valid evidence files for the demo, made in code (nothing to copy into the build): a one-page PDF
 * with a few lines of text and a PNG "photo". Deterministic: the same arguments give the same bytes.
 */

/** A one-page A4 PDF 1.4 with the lines in Helvetica (ASCII only: the standard fonts have no Chinese glyphs). */
export function minimalPdf(lines: readonly string[]): Buffer {
  const text = lines
    .map((line, i) => `${i === 0 ? '72 770 Td /F1 16 Tf' : '0 -24 Td /F1 12 Tf'} (${line.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, '\\$&')}) Tj`)
    .join('\n');
  const content = `BT\n${text}\nET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 160×120 RGB PNG: sky, ground and a building whose colour and place vary with `seed`. */
export function minimalPng(seed: number, width = 160, height = 120): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  const left = 20 + ((seed * 37) % 80);
  const tint = (seed * 53) % 120;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // each row starts with filter type 0 (none)
    for (let x = 0; x < width; x++) {
      const building = x >= left && x < left + 50 && y >= 40 && y < 90;
      const window = building && (x - left) % 12 >= 4 && (x - left) % 12 < 8 && (y - 40) % 14 >= 4 && (y - 40) % 14 < 9;
      const [r, g, b] = window
        ? [250, 230, 140]
        : building
          ? [150 + tint / 2, 90 + tint / 3, 70]
          : y < 90
            ? [120 + (y >> 1), 170 + (y >> 2), 235]
            : [90, 140 - ((y - 90) >> 1), 60];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
