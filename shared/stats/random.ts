/**
 * Seeded random numbers: xoshiro128** (Blackman & Vigna, 2018) with one independent stream per
 * named dimension.
 *
 * Why this generator: it uses only 32-bit integer operations (Math.imul, shifts, xor), which
 * JavaScript performs exactly on every platform, so a seed gives bit-identical draws in the
 * renderer, the worker and the command line; it passes BigCrush, has period 2^128 - 1 and a
 * 16-byte state. PCG32 and SplitMix64 need 64-bit multiplies (BigInt in JavaScript: ~50x slower).
 *
 * Streams: a stream's state is derived from (seed, stream key) by hashing, never by position, so
 * adding, removing or reordering ranges on other drivers does not change the numbers a driver
 * gets. The key is any stable text (e.g. 'initiative:abc/usage.targetUsers'); two 32-bit hashes of
 * it (64 bits in all) and the seed are mixed by SplitMix32-style finalisers into the 128-bit state,
 * as the generator's authors recommend (seed xoshiro from a different generator).
 */

/** The largest seed: seeds are whole numbers 0..4,294,967,295, shown to users and saved in files. */
export const MAX_SEED = 0xffff_ffff

/** A stream of uniform numbers in the open interval (0, 1). */
export interface RandomStream {
  /** Next uniform in (0, 1), 53 random bits. Never 0, never 1. */
  next(): number
  /** Next 32 random bits as an unsigned integer. */
  nextUint32(): number
  /** A whole number in 0..n-1, unbiased (rejection sampling); n in 1..2^32. */
  nextBelow(n: number): number
}

/** The finaliser of MurmurHash3 (fmix32): a bijection on 32 bits with full avalanche. */
function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** FNV-1a over the UTF-16 code units of `text`, from `basis`; then finalised. */
function hashText(text: string, basis: number): number {
  let h = basis >>> 0
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x0100_0193)
  }
  return mix32(h)
}

/** Throws a RangeError unless `seed` is a whole number in 0..MAX_SEED. */
export function checkSeed(seed: number): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be a whole number from 0 to ${MAX_SEED} (got ${seed})`)
  }
}

/** The four 32-bit words of the stream (seed, key): never all zero. */
export function streamState(seed: number, key: string): Uint32Array {
  checkSeed(seed)
  const state = new Uint32Array(4)
  // SplitMix32-style: a Weyl sequence over a golden-ratio increment, each step finalised.
  let weyl = (mix32(seed ^ 0x9e37_79b9) ^ hashText(key, 0x811c_9dc5)) >>> 0
  const second = hashText(key, 0x2f69_3b5d)
  for (let i = 0; i < 4; i++) {
    weyl = (weyl + 0x9e37_79b9) >>> 0
    state[i] = mix32(weyl ^ Math.imul(second, i + 1))
  }
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1
  return state
}

const TWO_POW_MINUS_53 = 2 ** -53
const TWO_POW_26 = 2 ** 26
const TWO_POW_32 = 2 ** 32

/** Class rather than closure: the four state words stay in fields the JIT keeps unboxed. */
class Xoshiro128StarStar implements RandomStream {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(state: Uint32Array) {
    this.s0 = state[0]! | 0
    this.s1 = state[1]! | 0
    this.s2 = state[2]! | 0
    this.s3 = state[3]! | 0
  }

  nextUint32(): number {
    const s1 = this.s1
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9)
    const t = s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result >>> 0
  }

  next(): number {
    const high = this.nextUint32() >>> 5 // 27 bits
    const low = this.nextUint32() >>> 6 // 26 bits
    // (k + 0.5) / 2^53 for k in 0..2^53-1: strictly inside (0, 1), exact in a double.
    return (high * TWO_POW_26 + low + 0.5) * TWO_POW_MINUS_53
  }

  nextBelow(n: number): number {
    if (!(n >= 1 && n <= TWO_POW_32 && Math.floor(n) === n)) {
      throw new RangeError(`nextBelow needs a whole number from 1 to 2^32 (got ${n})`)
    }
    // Lemire's multiply-and-reject (2019): r·n / 2^32 is the answer unless the low part falls
    // below 2^32 mod n, rejected to keep every value equally likely. r·n < 2^64 fits a double
    // exactly only below 2^53, so n is at most 2^21 here; larger n take the modulo route.
    if (n <= 2 ** 21) {
      let product = this.nextUint32() * n
      let low = product % TWO_POW_32
      if (low < n) {
        const threshold = (TWO_POW_32 - n) % n
        while (low < threshold) {
          product = this.nextUint32() * n
          low = product % TWO_POW_32
        }
      }
      return Math.floor(product / TWO_POW_32)
    }
    const limit = TWO_POW_32 - (TWO_POW_32 % n)
    for (;;) {
      const r = this.nextUint32()
      if (r < limit) return r % n
    }
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

/** The random stream for `key` under `seed`; the same pair gives the same numbers everywhere. */
export function randomStream(seed: number, key: string): RandomStream {
  return new Xoshiro128StarStar(streamState(seed, key))
}

/** A stream from an explicit 128-bit state (four words, not all zero): for the reference test vector. */
export function randomStreamFromState(state: readonly [number, number, number, number]): RandomStream {
  if (state.every((w) => w === 0)) throw new RangeError('xoshiro128** state must not be all zero')
  return new Xoshiro128StarStar(Uint32Array.from(state))
}

/** Shuffles `values` in place (Fisher–Yates, unbiased) with numbers from `stream`. */
export function shuffleInPlace(values: Int32Array | Uint32Array | Float64Array | number[], stream: RandomStream): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = stream.nextBelow(i + 1)
    const held = values[i]!
    values[i] = values[j]!
    values[j] = held
  }
}
