import { contentDisposition } from './download';

describe('contentDisposition (RFC 6266 / 5987)', () => {
  it.each([
    ['report.pdf', `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`],
    ['责任分工表（盖章）.pdf', `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('责任分工表（盖章）.pdf')}`],
    // quotes cannot close the ASCII name early; ' ( ) * are not attr-chars and are encoded
    [`a"b\\c's (1)*.png`, `attachment; filename="a_b_c's (1)*.png"; filename*=UTF-8''a%22b%5Cc%27s%20%281%29%2A.png`],
    ['无扩展名', `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent('无扩展名')}`],
  ])('%s', (name, header) => {
    expect(contentDisposition(name, 'file')).toBe(header);
  });

  it('round-trips any name through decodeURIComponent', () => {
    const name = '柳州市城中区 2026 年责任分工表 #1 & 附件.ofd';
    const encoded = /filename\*=UTF-8''(.+)$/.exec(contentDisposition(name, 'file'))![1];
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
