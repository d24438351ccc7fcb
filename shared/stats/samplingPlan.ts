import {
  compileDistribution,
  type CompiledDistribution,
  type Distribution,
  type PertColumnCache,
} from './distributions'
import { LevelScratch, NestedDimension, nestedLevels } from './latinHypercube'
import { normalCdf, normalQuantile } from './normal'
import { checkSeed, randomStream } from './random'

/**
 * From ranges to draws: every shared factor and every ranged input gets one column of a nested
 * Latin hypercube (its own stream, keyed by its name), turned into values by its quantile function.
 *
 * Correlation: an input may follow a shared factor with a correlation ρ in [-1, 1] (a one-factor
 * Gaussian copula): its normal score is ρ·z_factor + √(1 − ρ²)·z_own, so every input that follows
 * "market prices of provider X" moves with it in the same draw. ρ = 1 makes the input a fixed
 * function of the factor (comonotone: same rank in every draw); ρ = 0 leaves it independent. The
 * factor's own value (when it has a distribution, e.g. an adoption multiplier) is a column too, for
 * drivers that multiply by it. Rank correlation between two factors (Iman–Conover) is not offered:
 * two factors that must move together are one factor.
 *
 * Layout: draw-major, values[draw * dimensions + column], because the engine evaluates one draw
 * (all initiatives, all months) at a time and progressive results take the first k draws: a draw's
 * inputs are one contiguous row, and the first k draws are the first k rows.
 */

export interface SharedFactor {
  /** Stable name, e.g. 'price:openai' or 'adoption:pilot'; also the stream's name. */
  key: string
  /** The factor's own distribution (its column holds its values); without one, the column holds its uniforms. */
  distribution?: Distribution | undefined
}

export interface FactorLink {
  /** The key of a SharedFactor of the same plan. */
  factor: string
  /** Correlation of the input's normal score with the factor's, in [-1, 1]. */
  correlation: number
}

export interface RangedInput {
  /** Stable name, e.g. 'initiative:abc/usage.targetUsers'; also the stream's name. */
  key: string
  distribution: Distribution
  link?: FactorLink | undefined
}

export interface SamplingPlan {
  /** Whole number 0..4,294,967,295, shown to users. */
  seed: number
  draws: number
  factors: readonly SharedFactor[]
  inputs: readonly RangedInput[]
}

export interface Draws {
  draws: number
  /** Columns: the factors in plan order, then the inputs in plan order. */
  keys: readonly string[]
  columnOf: ReadonlyMap<string, number>
  /** Draw-major: values[draw * keys.length + column]. */
  values: Float64Array
}

/** The stream names, so a factor and an input that share a key never share numbers. */
export const factorStreamKey = (key: string): string => `factor/${key}`
export const inputStreamKey = (key: string): string => `input/${key}`

function checkPlan(plan: SamplingPlan): Map<string, number> {
  checkSeed(plan.seed)
  if (!Number.isInteger(plan.draws) || plan.draws < 1 || plan.draws > 100_000) {
    throw new RangeError(`draws must be a whole number from 1 to 100,000 (got ${plan.draws})`)
  }
  const columnOf = new Map<string, number>()
  for (const { key } of [...plan.factors, ...plan.inputs]) {
    if (columnOf.has(key)) throw new RangeError(`the key '${key}' is used twice`)
    columnOf.set(key, columnOf.size)
  }
  const factorKeys = new Set(plan.factors.map((f) => f.key))
  for (const input of plan.inputs) {
    if (!input.link) continue
    if (!factorKeys.has(input.link.factor)) {
      throw new RangeError(`input '${input.key}' follows the unknown factor '${input.link.factor}'`)
    }
    const rho = input.link.correlation
    if (!(rho >= -1 && rho <= 1)) throw new RangeError(`input '${input.key}': correlation must be from -1 to 1`)
  }
  return columnOf
}

/** One column of the plan while it is being drawn. */
interface ColumnState {
  at: number
  dimension: NestedDimension
  /** Undefined for a factor without a distribution: its column holds its uniforms. */
  distribution: CompiledDistribution | undefined
  link: FactorLink | undefined
  /** A followed factor's uniforms for the current level (and, once needed, their normal scores). */
  levelUniforms?: Float64Array
  levelScores?: Float64Array
}

export interface DrawBlock {
  /** Rows from .. to - 1 of the plan's draws. */
  from: number
  to: number
  /** Draw-major: values[(draw - from) * columns + column]. */
  values: Float64Array
}

/**
 * Draws a plan level by level: nextBlock() gives the rows of the next nested level (for 1,000
 * draws: rows 0-124, then 125-249, 250-499, 500-999), every level a stratified addition, so the
 * engine can start on the first 125 draws after an eighth of the sampling work. Same numbers as
 * sampleDraws, which is this run to the end.
 */
export class DrawSampler {
  readonly draws: number
  readonly keys: readonly string[]
  readonly columnOf: ReadonlyMap<string, number>
  private readonly factors: ColumnState[]
  private readonly inputs: ColumnState[]
  private readonly factorByKey = new Map<string, ColumnState>()
  private readonly uniforms: Float64Array
  private readonly column: Float64Array
  private from = 0

  constructor(plan: SamplingPlan) {
    const columnOf = checkPlan(plan)
    this.draws = plan.draws
    this.keys = [...columnOf.keys()]
    this.columnOf = columnOf
    const levels = nestedLevels(plan.draws)
    const pertColumns: PertColumnCache = new Map()
    const scratch = new LevelScratch(plan.draws)
    const state = (key: string, streamKey: string, distribution: Distribution | undefined, link?: FactorLink) => ({
      at: columnOf.get(key)!,
      dimension: new NestedDimension(randomStream(plan.seed, streamKey), plan.draws, levels, scratch),
      distribution: distribution ? compileDistribution(distribution, pertColumns) : undefined,
      link,
    })
    this.factors = plan.factors.map((f) => state(f.key, factorStreamKey(f.key), f.distribution))
    plan.factors.forEach((f, i) => this.factorByKey.set(f.key, this.factors[i]!))
    this.inputs = plan.inputs.map((i) => state(i.key, inputStreamKey(i.key), i.distribution, i.link))
    for (const input of this.inputs) {
      if (input.link) this.factorByKey.get(input.link.factor)!.levelUniforms = new Float64Array(plan.draws)
    }
    this.uniforms = new Float64Array(plan.draws)
    this.column = new Float64Array(plan.draws)
  }

  /** The next level's rows, or null when all draws are done. */
  nextBlock(): DrawBlock | null {
    if (this.from >= this.draws) return null
    const width = this.keys.length
    if (width === 0) {
      this.from = this.draws
      return { from: 0, to: this.draws, values: new Float64Array(0) }
    }
    let count = 0
    let values = new Float64Array(0)
    const take = (columnState: ColumnState, fill: (uniforms: Float64Array, column: Float64Array) => void) => {
      count = columnState.dimension.nextLevel(this.uniforms)
      if (values.length === 0) values = new Float64Array(count * width)
      const uniforms = this.uniforms.subarray(0, count)
      const column = this.column.subarray(0, count)
      fill(uniforms, column)
      for (let row = 0; row < count; row++) values[row * width + columnState.at] = column[row]!
    }
    for (const factor of this.factors) {
      take(factor, (uniforms, column) => {
        if (factor.levelUniforms) {
          factor.levelUniforms.set(uniforms)
          factor.levelScores = undefined
        }
        if (factor.distribution) factor.distribution.quantiles(uniforms, null, column)
        else column.set(uniforms)
      })
    }
    for (const input of this.inputs) take(input, (uniforms, column) => this.inputColumn(input, uniforms, column))
    const block = { from: this.from, to: this.from + count, values }
    this.from += count
    return block
  }

  /** An input's values for the level: its own uniforms, or mixed with its factor's (copula). */
  private inputColumn(input: ColumnState, uniforms: Float64Array, column: Float64Array): void {
    const link = input.link
    const factor = link ? this.factorByKey.get(link.factor) : undefined
    const followed = factor?.levelUniforms
    if (link && factor && followed && link.correlation !== 0) {
      const rho = link.correlation
      const own = Math.sqrt(1 - rho * rho)
      if (Math.abs(rho) !== 1 && !factor.levelScores) {
        factor.levelScores = followed.subarray(0, uniforms.length).map(normalQuantile)
      }
      const scores = factor.levelScores
      for (let row = 0; row < uniforms.length; row++) {
        // ρ = ±1 uses the factor's uniform itself (or its mirror): exactly comonotone, still stratified.
        uniforms[row] =
          rho === 1
            ? followed[row]!
            : rho === -1
              ? 1 - followed[row]!
              : normalCdf(rho * scores![row]! + own * normalQuantile(uniforms[row]!))
      }
    }
    input.distribution!.quantiles(uniforms, null, column)
  }
}

/** The draws of a plan: same plan, same numbers, in any process on any platform. */
export function sampleDraws(plan: SamplingPlan): Draws {
  const sampler = new DrawSampler(plan)
  const width = sampler.keys.length
  const values = new Float64Array(plan.draws * width)
  for (let block = sampler.nextBlock(); block; block = sampler.nextBlock()) values.set(block.values, block.from * width)
  return { draws: plan.draws, keys: sampler.keys, columnOf: sampler.columnOf, values }
}
