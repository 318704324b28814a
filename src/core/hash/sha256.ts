/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in plain TypeScript.
 *
 * Why not `crypto.subtle`: it is asynchronous and, in Node, each digest is a thread-pool
 * round trip; an event hashes a dozen short values, so a synchronous digest is several
 * times faster on every runtime and keeps normalization synchronous. Bit-exactness is
 * checked against Node's and Web Crypto's implementations in the tests.
 */

/** Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
// Int32Array: V8 keeps signed 32-bit values unboxed (faster than Uint32Array, same bits).
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
/** The initial hash: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const W = new Int32Array(64);
const H = new Int32Array(8);
/**
 * Each byte value's two hex digits as two ASCII bytes in one 16-bit cell, written byte by byte
 * so that copying a cell copies them in order whatever the platform's endianness.
 */
const HEX_PAIRS = new Uint16Array(256);
const hexPairBytes = new Uint8Array(HEX_PAIRS.buffer);
for (let byte = 0; byte < 256; byte++) {
  hexPairBytes[2 * byte] = '0123456789abcdef'.charCodeAt(byte >> 4);
  hexPairBytes[2 * byte + 1] = '0123456789abcdef'.charCodeAt(byte & 15);
}
const HEX_OUT = new Uint8Array(64);
const HEX_OUT_PAIRS = new Uint16Array(HEX_OUT.buffer);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Compresses the block in W[0..15] into H. */
function compress(): void {
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15];
    const w2 = W[t - 2];
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
  }
  let a = H[0],
    b = H[1],
    c = H[2],
    d = H[3],
    e = H[4],
    f = H[5],
    g = H[6],
    h = H[7];
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  H[0] += a;
  H[1] += b;
  H[2] += c;
  H[3] += d;
  H[4] += e;
  H[5] += f;
  H[6] += g;
  H[7] += h;
}

/** Digest of `data` into H. Padding: a 1 bit, zeros, then the length in bits (64-bit big-endian). */
function digestBytes(data: Uint8Array): void {
  const padded = new Uint8Array(((data.length + 9 + 63) >>> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const bits = data.length * 8;
  for (let i = 1; i <= 8; i++) padded[padded.length - i] = Math.floor(bits / 2 ** (8 * (i - 1))) & 0xff;
  H.set(INITIAL);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let t = 0, i = offset; t < 16; t++, i += 4)
      W[t] = (padded[i] << 24) | (padded[i + 1] << 16) | (padded[i + 2] << 8) | padded[i + 3];
    compress();
  }
}

/** Byte `n` of the block in W[0..15] (big-endian words), or-ed in. */
function putByte(n: number, byte: number): void {
  W[n >> 2] |= byte << (24 - (n & 3) * 8);
}

/** The first byte of a UTF-8 sequence of 2, 3 or 4 bytes, before the code point's high bits. */
const LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

/**
 * The common case, a text of at most 55 UTF-8 bytes (emails, names, codes): its bytes are
 * written straight into one padded block, as TextEncoder encodes them (a lone surrogate as
 * U+FFFD), with no allocation and no runtime call. False when the text needs the general path.
 */
function digestShort(text: string): boolean {
  if (text.length > 55) return false;
  W.fill(0, 0, 16);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else code = 0xfffd;
    }
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (n + size > 55) return false;
    if (size === 1) putByte(n++, code);
    else {
      putByte(n++, LEAD[size] | (code >> (6 * (size - 1))));
      for (let k = size - 2; k >= 0; k--) putByte(n++, 0x80 | ((code >> (6 * k)) & 0x3f));
    }
  }
  putByte(n, 0x80);
  W[15] = n * 8;
  H.set(INITIAL);
  compress();
  return true;
}

/** Lowercase hex of H, decoded in one step: a flat string (cheaper to serialize than 32 concatenations). */
function hexOfH(): string {
  for (let i = 0; i < 8; i++) {
    const word = H[i];
    HEX_OUT_PAIRS[i * 4] = HEX_PAIRS[word >>> 24];
    HEX_OUT_PAIRS[i * 4 + 1] = HEX_PAIRS[(word >>> 16) & 0xff];
    HEX_OUT_PAIRS[i * 4 + 2] = HEX_PAIRS[(word >>> 8) & 0xff];
    HEX_OUT_PAIRS[i * 4 + 3] = HEX_PAIRS[word & 0xff];
  }
  return decoder.decode(HEX_OUT);
}

/** SHA-256 of raw bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  digestBytes(data);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = H[i >> 2] >>> (24 - (i & 3) * 8);
  return out;
}

/** Lowercase hex SHA-256 of the UTF-8 encoding of `text`: the form Meta expects. */
export function sha256Hex(text: string): string {
  if (!digestShort(text)) digestBytes(encoder.encode(text));
  return hexOfH();
}

/** Lowercase hex HMAC-SHA256, as Meta's `appsecret_proof` wants (key = app secret, message = token). */
export function hmacSha256Hex(key: string, message: string): string {
  let keyBytes: Uint8Array = encoder.encode(key);
  if (keyBytes.length > 64) keyBytes = sha256(keyBytes);
  const inner = new Uint8Array(64);
  const outer = new Uint8Array(64);
  inner.set(keyBytes);
  outer.set(keyBytes);
  for (let i = 0; i < 64; i++) {
    inner[i] ^= 0x36;
    outer[i] ^= 0x5c;
  }
  const msg = encoder.encode(message);
  const innerInput = new Uint8Array(64 + msg.length);
  innerInput.set(inner);
  innerInput.set(msg, 64);
  const outerInput = new Uint8Array(64 + 32);
  outerInput.set(outer);
  outerInput.set(sha256(innerInput), 64);
  digestBytes(outerInput);
  return hexOfH();
}
