import { BetaDistribution } from './betaDistribution'
import { BetaQuantileColumns } from './pertColumn'
import { normalCdf, normalDensity, normalQuantile, normalUpperTail } from './normal'
import type { Distribution, Lognormal } from '../model/distribution'

/**
 * The distributions a range can take, as saved in a file (shared/model/distribution.ts), and their compiled
 * form: quantile (inverse CDF), CDF, mean and variance, with every constant worked out once.
 *
 * Accuracy of the quantiles (the function a draw goes through):
 * - uniform, triangular: closed forms, exact to rounding (~1e-16 relative);
 * - normal: Wichura's AS 241, ~1e-16 relative; truncated normal adds the CDF's error (erfc,
 *   ~1e-15 relative on the smaller tail), worked in the tail that keeps its digits;
 * - lognormal: exp of the normal's, ~1e-15 relative;
 * - PERT: the inverse regularized incomplete beta (betaDistribution.ts), |F(Q(u)) - u| ~ 1e-16 and
 *   Q(u) to ~1e-14 relative (with low + (high - low)·x on top); a column of draws through a
 *   checked Chebyshev interpolant (pertColumn.ts), within 1e-12·(high - low).
 */

export type { Distribution, Lognormal, Normal, Pert, Triangular, Uniform } from '../model/distribution'

export interface CompiledDistribution {
  /** The u-quantile, u in (0, 1): the value a draw with uniform u takes. */
  quantile(u: number): number
  /**
   * out[i] = quantile(uniforms[i]) for a whole column of draws, `ascending` listing the indices in
   * increasing u when known (null otherwise): PERT columns go ~4x faster (see pertColumn.ts).
   */
  quantiles(uniforms: Float64Array, ascending: Int32Array | null, out: Float64Array): void
  cdf(x: number): number
  mean: number
  variance: number
}

/** z such that Φ(z) = 0.9: the lognormal conversions' 1.2816. */
export const Z90 = normalQuantile(0.9)

type ColumnLoop = (uniforms: Float64Array, out: Float64Array) => void

/**
 * A distribution whose quantile is a closed form: a column is each draw in turn. The common kinds
 * pass their own loop with the formula written in it, since one loop shared by every kind would
 * call a different closure at each column (a megamorphic call, ~10x slower on hot columns).
 */
function closedForm(parts: Omit<CompiledDistribution, 'quantiles'>, loop?: ColumnLoop): CompiledDistribution {
  const { quantile } = parts
  return {
    ...parts,
    quantiles: loop
      ? (uniforms, _ascending, out) => loop(uniforms, out)
      : (uniforms, _ascending, out) => {
          for (let i = 0; i < uniforms.length; i++) out[i] = quantile(uniforms[i]!)
        },
  }
}

function constant(value: number): CompiledDistribution {
  return closedForm({ quantile: () => value, cdf: (x) => (x < value ? 0 : 1), mean: value, variance: 0 })
}

function uniform(low: number, high: number): CompiledDistribution {
  if (high === low) return constant(low)
  const width = high - low
  return closedForm(
    {
      quantile: (u) => low + u * width,
      cdf: (x) => Math.min(1, Math.max(0, (x - low) / width)),
      mean: (low + high) / 2,
      variance: (width * width) / 12,
    },
    (uniforms, out) => {
      for (let i = 0; i < uniforms.length; i++) out[i] = low + uniforms[i]! * width
    },
  )
}

function triangular(low: number, likely: number, high: number): CompiledDistribution {
  if (high === low) return constant(low)
  const width = high - low
  const left = likely - low
  const right = high - likely
  const split = left / width
  return closedForm(
    {
      quantile: (u) => (u <= split ? low + Math.sqrt(u * width * left) : high - Math.sqrt((1 - u) * width * right)),
      cdf: (x) => {
        if (x <= low) return 0
        if (x >= high) return 1
        return x <= likely ? ((x - low) * (x - low)) / (width * left) : 1 - ((high - x) * (high - x)) / (width * right)
      },
      mean: (low + likely + high) / 3,
      variance: (low * low + likely * likely + high * high - low * likely - low * high - likely * high) / 18,
    },
    (uniforms, out) => {
      for (let i = 0; i < uniforms.length; i++) {
        const u = uniforms[i]!
        out[i] = u <= split ? low + Math.sqrt(u * width * left) : high - Math.sqrt((1 - u) * width * right)
      }
    },
  )
}

/** The beta shapes of a PERT on [low, high] with mode `likely` (λ = 4). */
export function pertShapes(low: number, likely: number, high: number): { alpha: number; beta: number } {
  const width = high - low
  return { alpha: 1 + (4 * (likely - low)) / width, beta: 1 + (4 * (high - likely)) / width }
}

/** PERT column methods by beta shape, shared by the drivers of one sampling run whose shapes match. */
export type PertColumnCache = Map<string, BetaQuantileColumns>

function pert(low: number, likely: number, high: number, cache: PertColumnCache): CompiledDistribution {
  if (high === low) return constant(low)
  const width = high - low
  const { alpha, beta } = pertShapes(low, likely, high)
  const shapeKey = `${alpha},${beta}`
  let columns = cache.get(shapeKey)
  if (!columns) cache.set(shapeKey, (columns = new BetaQuantileColumns(new BetaDistribution(alpha, beta))))
  const shape = columns.shape
  const mean = (low + 4 * likely + high) / 6
  return {
    quantile: (u) => low + width * shape.quantile(u),
    quantiles: (uniforms, ascending, out) => {
      columns.fill(uniforms, ascending, out)
      for (let i = 0; i < out.length; i++) out[i] = low + width * out[i]!
    },
    cdf: (x) => shape.cdf((x - low) / width),
    mean,
    variance: ((mean - low) * (high - mean)) / 7,
  }
}

function normal(mean: number, sd: number, low = -Infinity, high = Infinity): CompiledDistribution {
  const a = (low - mean) / sd
  const b = (high - mean) / sd
  if (a === -Infinity && b === Infinity) {
    return closedForm({
      quantile: (u) => mean + sd * normalQuantile(u),
      cdf: (x) => normalCdf((x - mean) / sd),
      mean,
      variance: sd * sd,
    })
  }
  // Work in the tail that holds the interval so its probabilities keep their digits.
  const upperSide = a > 0
  const massA = upperSide ? normalUpperTail(a) : normalCdf(a)
  const massB = upperSide ? normalUpperTail(b) : normalCdf(b)
  const mass = Math.abs(massB - massA)
  const densityA = a === -Infinity ? 0 : normalDensity(a)
  const densityB = b === Infinity ? 0 : normalDensity(b)
  const aDensityA = a === -Infinity ? 0 : a * densityA
  const bDensityB = b === Infinity ? 0 : b * densityB
  const shift = (densityA - densityB) / mass
  const clamp = (x: number): number => Math.min(high, Math.max(low, x))
  return closedForm({
    quantile: (u) =>
      clamp(mean + sd * (upperSide ? -normalQuantile(massA - u * mass) : normalQuantile(massA + u * mass))),
    cdf: (x) => {
      if (x <= low) return 0
      if (x >= high) return 1
      const z = (x - mean) / sd
      return upperSide ? (massA - normalUpperTail(z)) / mass : (normalCdf(z) - massA) / mass
    },
    mean: mean + sd * shift,
    variance: sd * sd * (1 + (aDensityA - bDensityB) / mass - shift * shift),
  })
}

/** The log-scale location μ and scale σ of a lognormal stated any of the three ways. */
export function lognormalParameters(d: Lognormal): { mu: number; sigma: number } {
  switch (d.by) {
    case 'medianP90':
      return { mu: Math.log(d.median), sigma: Math.log(d.p90 / d.median) / Z90 }
    case 'p10P90':
      return { mu: (Math.log(d.p10) + Math.log(d.p90)) / 2, sigma: Math.log(d.p90 / d.p10) / (2 * Z90) }
    case 'meanSd': {
      const sigma2 = Math.log1p((d.sd / d.mean) ** 2)
      return { mu: Math.log(d.mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) }
    }
  }
}

function lognormal(d: Lognormal): CompiledDistribution {
  const { mu, sigma } = lognormalParameters(d)
  const sigma2 = sigma * sigma
  return closedForm(
    {
      quantile: (u) => Math.exp(mu + sigma * normalQuantile(u)),
      cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
      mean: Math.exp(mu + sigma2 / 2),
      variance: Math.expm1(sigma2) * Math.exp(2 * mu + sigma2),
    },
    (uniforms, out) => {
      for (let i = 0; i < uniforms.length; i++) out[i] = Math.exp(mu + sigma * normalQuantile(uniforms[i]!))
    },
  )
}

/**
 * The distribution's quantile, CDF and moments, constants computed once. Validate with
 * DistributionSchema first. Pass one `pertColumns` cache to every compile of a sampling run so
 * PERT drivers with the same shape share their column method.
 */
export function compileDistribution(d: Distribution, pertColumns: PertColumnCache = new Map()): CompiledDistribution {
  switch (d.kind) {
    case 'uniform':
      return uniform(d.low, d.high)
    case 'triangular':
      return triangular(d.low, d.likely, d.high)
    case 'pert':
      return pert(d.low, d.likely, d.high, pertColumns)
    case 'normal':
      return normal(d.mean, d.sd, d.low ?? -Infinity, d.high ?? Infinity)
    case 'lognormal':
      return lognormal(d)
  }
}
