import { compileDistribution, type Distribution, type PertColumnCache } from './distributions'
import { LatinHypercubeScratch } from './latinHypercube'
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

/** Writes `column` (one value per draw) into column `at` of the draw-major `values`. */
function scatter(column: Float64Array, values: Float64Array, at: number, width: number): void {
  for (let draw = 0; draw < column.length; draw++) values[draw * width + at] = column[draw]!
}

/** The draws of a plan: same plan, same numbers, in any process on any platform. */
export function sampleDraws(plan: SamplingPlan): Draws {
  const columnOf = checkPlan(plan)
  const draws = plan.draws
  const width = columnOf.size
  const values = new Float64Array(draws * width)
  const scratch = new LatinHypercubeScratch(draws)
  const uniforms = new Float64Array(draws)
  const column = new Float64Array(draws)
  // Each followed factor's uniforms (and, once needed, normal scores), kept for its followers.
  const factorUniforms = new Map<string, Float64Array>()
  const pertColumns: PertColumnCache = new Map()
  const factorScores = new Map<string, Float64Array>()
  const scoresOf = (key: string, followed: Float64Array): Float64Array => {
    let scores = factorScores.get(key)
    if (!scores) factorScores.set(key, (scores = followed.map(normalQuantile)))
    return scores
  }
  const linked = new Set(plan.inputs.flatMap((i) => (i.link ? [i.link.factor] : [])))

  for (const factor of plan.factors) {
    scratch.fillDimension(randomStream(plan.seed, factorStreamKey(factor.key)), uniforms)
    if (linked.has(factor.key)) factorUniforms.set(factor.key, uniforms.slice())
    if (factor.distribution)
      compileDistribution(factor.distribution, pertColumns).quantiles(uniforms, scratch.drawOfStratum, column)
    else column.set(uniforms)
    scatter(column, values, columnOf.get(factor.key)!, width)
  }

  for (const input of plan.inputs) {
    scratch.fillDimension(randomStream(plan.seed, inputStreamKey(input.key)), uniforms)
    const distribution = compileDistribution(input.distribution, pertColumns)
    const link = input.link
    const followed = link ? factorUniforms.get(link.factor) : undefined
    if (link && followed && link.correlation !== 0) {
      const rho = link.correlation
      const own = Math.sqrt(1 - rho * rho)
      const scores = rho === 1 || rho === -1 ? followed : scoresOf(link.factor, followed)
      for (let draw = 0; draw < draws; draw++) {
        // ρ = ±1 uses the factor's uniform itself (or its mirror): exactly comonotone, still stratified.
        uniforms[draw] =
          rho === 1
            ? followed[draw]!
            : rho === -1
              ? 1 - followed[draw]!
              : normalCdf(rho * scores[draw]! + own * normalQuantile(uniforms[draw]!))
      }
      // The copula's uniforms are no longer in stratum order: the column method sorts if it must.
      distribution.quantiles(uniforms, null, column)
    } else {
      distribution.quantiles(uniforms, scratch.drawOfStratum, column)
    }
    scatter(column, values, columnOf.get(input.key)!, width)
  }
  return { draws, keys: [...columnOf.keys()], columnOf, values }
}
