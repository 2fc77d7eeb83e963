import { sha256Hex } from './sha256';

// node's own sha256 as the oracle: the tests run in node, but shared (browser code too) has no node types
type NodeCrypto = { createHash(algorithm: string): { update(text: string, encoding: string): { digest(encoding: string): string } } };
declare const require: (id: string) => unknown;
const { createHash } = require('node:crypto') as NodeCrypto;

describe('sha256Hex (FIPS 180-4)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('the standard vector %p', (text, hex) => expect(sha256Hex(text)).toBe(hex));

  it('equals node’s sha256 over UTF-8 text of every padding length (0–200 bytes, Chinese included)', () => {
    for (let n = 0; n <= 200; n++) {
      const text = '柳州'.repeat(n % 7) + 'x'.repeat(n) + (n % 5 === 0 ? '😀' : '');
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
