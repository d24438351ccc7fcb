import { randomStream, shuffleInPlace, type RandomStream } from './random'

/**
 * Nested Latin hypercube sampling, one dimension at a time, each from its own random stream.
 *
 * A Latin hypercube of N draws splits (0, 1) into N equal strata per dimension and puts exactly one
 * draw in each, the strata matched across dimensions by an independent random permutation per
 * dimension (McKay, Beckman & Conover, 1979). Nested: the draw count is split into levels
 * n1 | n2 | … | N (1,000 → 125, 250, 500, 1,000) and the first n_j draws are themselves a Latin
 * hypercube of n_j strata (Qian, 2009, "Nested Latin hypercube designs"), so the results after
 * 125, 250 or 500 draws are stratified estimates, not just a random part of the run. The draws of
 * level j take the strata of size 1/n_j that the earlier draws left empty, in random order, and a
 * random fine stratum (size 1/N) inside each; every fine stratum ends up holding one draw.
 */

/** The nested sizes for `draws`: halving while the half is whole and at least 50, smallest first. */
export function nestedLevels(draws: number): number[] {
  const levels = [draws]
  let size = draws
  while (size % 2 === 0 && size / 2 >= 50) {
    size /= 2
    levels.unshift(size)
  }
  return levels
}

const TWO_POW_MINUS_32 = 2 ** -32

/** Scratch arrays of one sampling run, reused for every dimension (allocated per run, never shared). */
export class LatinHypercubeScratch {
  readonly draws: number
  readonly levels: readonly number[]
  /** For each draw, its fine stratum 0..N-1. */
  readonly stratumOfDraw: Int32Array
  /** For each fine stratum, the draw in it: walks the draws in increasing order of their uniform. */
  readonly drawOfStratum: Int32Array
  private readonly taken: Uint8Array
  private readonly free: Int32Array

  constructor(draws: number) {
    if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be a whole number ≥ 1 (got ${draws})`)
    this.draws = draws
    this.levels = nestedLevels(draws)
    this.stratumOfDraw = new Int32Array(draws)
    this.drawOfStratum = new Int32Array(draws)
    this.taken = new Uint8Array(draws)
    this.free = new Int32Array(draws)
  }

  /**
   * Fills `uniforms` (length N, in draw order) with one dimension's nested Latin hypercube from
   * `stream`, and stratumOfDraw / drawOfStratum with its strata.
   */
  fillDimension(stream: RandomStream, uniforms: Float64Array): void {
    const n = this.draws
    let done = 0
    for (const level of this.levels) {
      const width = n / level // fine strata per stratum of this level
      this.taken.fill(0, 0, level)
      for (let draw = 0; draw < done; draw++) this.taken[Math.floor(this.stratumOfDraw[draw]! / width)] = 1
      let freeCount = 0
      for (let stratum = 0; stratum < level; stratum++) if (this.taken[stratum] === 0) this.free[freeCount++] = stratum
      const free = this.free.subarray(0, freeCount)
      shuffleInPlace(free, stream)
      for (let i = 0; i < freeCount; i++) {
        // One 32-bit number places the draw inside its stratum: its whole part (times width) picks
        // the fine stratum, the rest the position in it. Never on an edge, never 0 or 1.
        const position = (stream.nextUint32() + 0.5) * TWO_POW_MINUS_32 * width
        const fine = free[i]! * width + Math.floor(position)
        this.stratumOfDraw[done + i] = fine
        this.drawOfStratum[fine] = done + i
        uniforms[done + i] = (free[i]! * width + position) / n
      }
      done += freeCount
    }
  }
}

/** Uniforms in (0, 1), draw-major: values[draw * dimensions + d] is dimension d of draw `draw`. */
export interface UniformSample {
  draws: number
  dimensions: number
  values: Float64Array
}

/**
 * A nested Latin hypercube of `draws` draws over the named dimensions, each dimension from the
 * stream (seed, key): a dimension's column depends only on the seed, its key and the draw count.
 */
export function latinHypercube(seed: number, keys: readonly string[], draws: number): UniformSample {
  const scratch = new LatinHypercubeScratch(draws)
  const dimensions = keys.length
  const values = new Float64Array(draws * dimensions)
  const column = new Float64Array(draws)
  keys.forEach((key, d) => {
    scratch.fillDimension(randomStream(seed, key), column)
    for (let draw = 0; draw < draws; draw++) values[draw * dimensions + d] = column[draw]!
  })
  return { draws, dimensions, values }
}
