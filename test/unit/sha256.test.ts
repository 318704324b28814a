import fc from 'fast-check';
import { createHash, createHmac, webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, sha256, sha256Hex } from '../../src/core/hash/sha256';

const nodeHex = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

describe('sha256', () => {
  it('matches the FIPS 180-4 examples', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it("matches Meta's documented hashes", () => {
    expect(sha256Hex('john_smith@gmail.com')).toBe('62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f');
    expect(sha256Hex('valéry')).toBe('08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c');
    expect(sha256Hex('정')).toBe('8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14');
  });

  it('is bit-exact with Node at every padding boundary', () => {
    for (let length = 0; length <= 200; length++) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(Buffer.from(sha256(data)).toString('hex'), `length ${length}`).toBe(nodeHex(data));
    }
  });

  it('is bit-exact with Node for ASCII and non-ASCII text around the one-block limit', () => {
    for (let length = 0; length <= 130; length++) {
      const ascii = 'x'.repeat(length).replace(/x/g, (_, i) => String.fromCharCode(32 + ((i * 7 + length) % 95)));
      expect(sha256Hex(ascii), `ascii ${length}`).toBe(nodeHex(ascii));
      const accented = `${ascii}é`;
      expect(sha256Hex(accented), `non-ascii ${length}`).toBe(nodeHex(accented));
    }
  });

  it('encodes as TextEncoder does: lone surrogates as U+FFFD, and wide characters across the one-block limit', () => {
    const texts = ['\uD800', 'a\uDC00b', '\uDBFF\uDFFF', `${'x'.repeat(53)}😀`, `${'x'.repeat(52)}😀`];
    for (let n = 16; n <= 20; n++) texts.push('€'.repeat(n), `x${'€'.repeat(n)}`, `${'é'.repeat(n + 8)}`);
    for (const text of texts) expect(sha256Hex(text), JSON.stringify(text)).toBe(nodeHex(Buffer.from(text, 'utf8')));
  });

  it('is bit-exact with Node and Web Crypto on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        const ours = sha256Hex(text);
        expect(ours).toBe(nodeHex(text));
        const web = await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
        expect(ours).toBe(Buffer.from(web).toString('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('computes HMAC-SHA256 as Node does, for short and long keys (appsecret_proof)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), fc.string({ maxLength: 300 }), (key, message) => {
        expect(hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
      }),
      { numRuns: 300 },
    );
    // RFC 4231 test case 2.
    expect(hmacSha256Hex('Jefe', 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});
