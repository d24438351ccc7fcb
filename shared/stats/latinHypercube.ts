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

/** Which strata of a level are taken, and the free ones: reused by every dimension of a run. */
export class LevelScratch {
  readonly taken: Uint8Array
  readonly free: Int32Array
  constructor(draws: number) {
    this.taken = new Uint8Array(draws)
    this.free = new Int32Array(draws)
  }
}

/**
 * One dimension's nested Latin hypercube, drawn level by level from its own stream: nextLevel()
 * gives the uniforms of the next level's new draws (draws n_(j-1) .. n_j - 1), so the first 125
 * rows of every dimension can be drawn before any later row. The numbers do not depend on when
 * the levels are drawn.
 */
export class NestedDimension {
  /** For each draw so far, its fine stratum 0..N-1. */
  private readonly stratumOfDraw: Int32Array
  private done = 0
  private level = 0

  constructor(
    private readonly stream: RandomStream,
    private readonly draws: number,
    private readonly levels: readonly number[],
    /** Working space used only inside nextLevel: one per sampling run, shared by its dimensions. */
    private readonly scratch: LevelScratch = new LevelScratch(draws),
  ) {
    this.stratumOfDraw = new Int32Array(draws)
  }

  /** Writes the next level's uniforms into out[0 .. count - 1] and returns count (0 when done). */
  nextLevel(out: Float64Array): number {
    const level = this.levels[this.level++]
    if (level === undefined) return 0
    const n = this.draws
    const width = n / level // fine strata per stratum of this level
    const done = this.done
    const { taken, free } = this.scratch
    taken.fill(0, 0, level)
    for (let draw = 0; draw < done; draw++) taken[Math.floor(this.stratumOfDraw[draw]! / width)] = 1
    let count = 0
    for (let stratum = 0; stratum < level; stratum++) if (taken[stratum] === 0) free[count++] = stratum
    shuffleInPlace(free.subarray(0, count), this.stream)
    for (let i = 0; i < count; i++) {
      // One 32-bit number places the draw inside its stratum: its whole part (times width) picks
      // the fine stratum, the rest the position in it. Never on an edge, never 0 or 1.
      const position = (this.stream.nextUint32() + 0.5) * TWO_POW_MINUS_32 * width
      const coarse = free[i]! * width
      this.stratumOfDraw[done + i] = coarse + Math.floor(position)
      out[i] = (coarse + position) / n
    }
    this.done += count
    return count
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
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be a whole number ≥ 1 (got ${draws})`)
  const levels = nestedLevels(draws)
  const dimensions = keys.length
  const values = new Float64Array(draws * dimensions)
  const column = new Float64Array(draws)
  const scratch = new LevelScratch(draws)
  keys.forEach((key, d) => {
    const dimension = new NestedDimension(randomStream(seed, key), draws, levels, scratch)
    let from = 0
    for (let count = dimension.nextLevel(column); count > 0; count = dimension.nextLevel(column)) {
      for (let i = 0; i < count; i++) values[(from + i) * dimensions + d] = column[i]!
      from += count
    }
  })
  return { draws, dimensions, values }
}
