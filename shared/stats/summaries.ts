import { normalQuantile } from './normal'

/**
 * Summaries of simulated draws.
 *
 * Percentiles use Hyndman & Fan's definition 7 (linear interpolation between order statistics at
 * h = (n - 1)p): the same numbers as Excel's PERCENTILE.INC, LibreOffice's PERCENTILE, R's default
 * quantile() and NumPy's default, so anyone can recompute an exported percentile from the draws.
 *
 * Sampling error, for Latin hypercube draws:
 * - the mean: LHS never does worse than independent draws with one fewer draw (Owen, 1997), so
 *   sd/√(n - 1) is a safe (conservative) standard error; replicated runs show the real one is
 *   usually far smaller (docs/uncertainty.md);
 * - a percentile: the distribution-free interval between two order statistics (binomial), which
 *   holds for independent draws and is conservative for LHS;
 * - for a sharper estimate, run r replicates with different seeds and use replicatedStandardError.
 */

/** A sorted copy of `values` (numeric order; NaN last). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort()
}

/** The p-percentile (p in [0, 1]) of already sorted values, Hyndman–Fan type 7 (Excel PERCENTILE.INC). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0 || !(p >= 0 && p <= 1)) return Number.NaN
  const h = (n - 1) * p
  const below = Math.floor(h)
  const low = sorted[below]!
  if (below + 1 >= n) return low
  const high = sorted[below + 1]!
  const fraction = h - below
  return fraction === 0 ? low : low + fraction * (high - low)
}

/** The p-percentile of unsorted values (sorts a copy). */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileOfSorted(sortedCopy(values), p)
}

/** Mean and sample standard deviation (n - 1), two-pass for accuracy. */
export function meanAndSd(values: ArrayLike<number>, count: number = values.length): { mean: number; sd: number } {
  if (count === 0) return { mean: Number.NaN, sd: Number.NaN }
  let sum = 0
  for (let i = 0; i < count; i++) sum += values[i]!
  const mean = sum / count
  let squares = 0
  for (let i = 0; i < count; i++) {
    const d = values[i]! - mean
    squares += d * d
  }
  return { mean, sd: count > 1 ? Math.sqrt(squares / (count - 1)) : 0 }
}

export interface Summary {
  count: number
  mean: number
  sd: number
  /** Conservative standard error of the mean for LHS draws: sd/√(n - 1). */
  meanStandardError: number
  min: number
  p10: number
  p50: number
  p90: number
  max: number
}

/** The summary of `values` (e.g. one output's NPV over the draws); the first `count` only when given. */
export function summarize(values: ArrayLike<number>, count: number = values.length): Summary {
  const sorted = new Float64Array(count)
  for (let i = 0; i < count; i++) sorted[i] = values[i]!
  sorted.sort()
  const { mean, sd } = meanAndSd(sorted)
  return {
    count,
    mean,
    sd,
    meanStandardError: count > 1 ? sd / Math.sqrt(count - 1) : Number.NaN,
    min: count > 0 ? sorted[0]! : Number.NaN,
    p10: percentileOfSorted(sorted, 0.1),
    p50: percentileOfSorted(sorted, 0.5),
    p90: percentileOfSorted(sorted, 0.9),
    max: count > 0 ? sorted[count - 1]! : Number.NaN,
  }
}

export interface Interval {
  low: number
  high: number
}

/**
 * A distribution-free confidence interval for the p-percentile from sorted draws: the order
 * statistics at ranks np ∓ z√(np(1 - p)) (normal approximation to the binomial count of draws
 * below the true percentile). Exact coverage for independent draws; conservative for LHS.
 */
export function percentileInterval(sorted: ArrayLike<number>, p: number, confidence = 0.95): Interval {
  const n = sorted.length
  if (n === 0) return { low: Number.NaN, high: Number.NaN }
  const z = normalQuantile(0.5 + confidence / 2)
  const spread = z * Math.sqrt(n * p * (1 - p))
  const lowRank = Math.max(0, Math.floor(n * p - spread) - 1)
  const highRank = Math.min(n - 1, Math.ceil(n * p + spread) - 1)
  return { low: sorted[lowRank]!, high: sorted[Math.max(highRank, lowRank)]! }
}

export interface EventProbability {
  /** Share of draws where the event happened. */
  probability: number
  /** Binomial standard error √(p(1 - p)/n): exact for independent draws, conservative for LHS. */
  standardError: number
  /** Wilson score 95% interval: stays informative when no draw (or every draw) has the event. */
  interval: Interval
}

/** The probability of an event from the draws' yes/no outcomes, with its sampling error. */
export function eventProbability(happened: number, draws: number, confidence = 0.95): EventProbability {
  if (!(draws > 0) || happened < 0 || happened > draws) {
    throw new RangeError(`need 0 ≤ happened ≤ draws and draws > 0 (got ${happened} of ${draws})`)
  }
  const p = happened / draws
  return {
    probability: p,
    standardError: Math.sqrt((p * (1 - p)) / draws),
    interval: wilsonInterval(happened, draws, confidence),
  }
}

/** The probability that a value exceeds `threshold` (e.g. NPV > 0) over the first `count` draws. */
export function probabilityAbove(
  values: ArrayLike<number>,
  threshold: number,
  count = values.length,
): EventProbability {
  let above = 0
  for (let i = 0; i < count; i++) if (values[i]! > threshold) above++
  return eventProbability(above, count)
}

/** Wilson's score interval for a binomial proportion (Wilson, 1927). */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval {
  const z = normalQuantile(0.5 + confidence / 2)
  const p = successes / trials
  const z2n = (z * z) / trials
  const centre = (p + z2n / 2) / (1 + z2n)
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n)
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) }
}

/**
 * The standard error of the average of r independent replicate estimates (each from its own seed):
 * sd(estimates)/√r. For a single run of n draws, the error of one replicate of n/r draws is
 * sd(estimates) (an upper bound for the full run's error, since LHS error falls at least as 1/√n).
 */
export function replicatedStandardError(estimates: ArrayLike<number>): number {
  const r = estimates.length
  if (r < 2) return Number.NaN
  return meanAndSd(estimates).sd / Math.sqrt(r)
}
