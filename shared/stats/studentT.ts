import { normalQuantile, normalCdf, normalUpperTail } from './normal'
import { logBeta, regularizedBeta } from './specialFunctions'

/**
 * Student's t distribution with ν > 0 degrees of freedom (ν need not be whole: Welch's test gives
 * fractional ν). The CDF uses I_x(ν/2, 1/2) with x = ν/(ν+t²) and 1 - x = t²/(ν+t²) both formed
 * without cancellation; the quantile solves log(upper tail) = log(q) by Newton's method on a
 * bracket (bisection when a step leaves it), to about 1e-14 relative. ν = Infinity is the normal.
 * For large ν the point t = 2 sits where the continued fraction converges slowest, and its
 * rounding grows like 4e-18·ν (absolute, on the tail): 4e-13 at ν = 1e5. Above ν = 1e5 the
 * Cornish–Fisher expansion in 1/ν around the normal takes over (omitted terms O(ν⁻⁴) < 1e-19).
 */

/** Beyond this many degrees of freedom the 1/ν expansion around the normal is used. */
const LARGE_DF = 1e5

/** P(T > t) for t >= 0. */
function upperTailNonNegative(t: number, df: number): number {
  const t2 = t * t
  const x = df / (df + t2)
  const y = t2 / (df + t2)
  return 0.5 * regularizedBeta(x, df / 2, 0.5, y).lower
}

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive (got ${df})`)
}

/** P(T <= t). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df)
  if (Number.isNaN(t)) return Number.NaN
  if (df === Number.POSITIVE_INFINITY) return normalCdf(t)
  if (t === Number.POSITIVE_INFINITY) return 1
  if (t === Number.NEGATIVE_INFINITY) return 0
  if (df > LARGE_DF) return normalCdf(normalEquivalent(t, df))
  return t >= 0 ? 1 - upperTailNonNegative(t, df) : upperTailNonNegative(-t, df)
}

/** P(T > t), accurate when small. */
export function studentTUpperTail(t: number, df: number): number {
  checkDf(df)
  if (df === Number.POSITIVE_INFINITY) return normalUpperTail(t)
  if (df > LARGE_DF) return normalUpperTail(normalEquivalent(t, df))
  return t >= 0 ? upperTailNonNegative(t, df) : 1 - upperTailNonNegative(-t, df)
}

/** The t density. */
export function studentTDensity(t: number, df: number): number {
  checkDf(df)
  return Math.exp(-logBeta(df / 2, 0.5) - 0.5 * Math.log(df) - ((df + 1) / 2) * Math.log1p((t * t) / df))
}

/** The p-quantile of t with df degrees of freedom (qt in R), p in [0, 1]. */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df)
  if (!(p >= 0 && p <= 1)) return Number.NaN
  if (p === 0) return Number.NEGATIVE_INFINITY
  if (p === 1) return Number.POSITIVE_INFINITY
  if (p === 0.5) return 0
  if (df === Number.POSITIVE_INFINITY) return normalQuantile(p)
  if (df > LARGE_DF) return cornishFisher(normalQuantile(p), df)
  // The tail beyond the answer, exact: 1 - p is exact for p >= 0.5.
  const tail = p < 0.5 ? p : 1 - p
  const t = upperQuantile(tail, df)
  return p < 0.5 ? -t : t
}

/** The t > 0 with P(T > t) = tail, tail in (0, 0.5). */
function upperQuantile(tail: number, df: number): number {
  const logTarget = Math.log(tail)
  let lo = 0
  let hi = Number.POSITIVE_INFINITY
  let t = cornishFisherStart(tail, df)
  for (let iteration = 0; iteration < 300; iteration++) {
    const upper = upperTailNonNegative(t, df)
    const residual = Math.log(upper) - logTarget // decreasing in t
    if (residual === 0) return t
    if (residual > 0) lo = t
    else hi = t
    // d/dt log(upper) = -density / upper.
    const slope = -studentTDensity(t, df) / upper
    let next = t - residual / slope
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = hi === Number.POSITIVE_INFINITY ? Math.max(2 * t, 1) : 0.5 * (lo + hi)
    }
    if (Math.abs(next - t) <= 2e-15 * next) return next
    t = next
  }
  return t
}

/** The Cornish–Fisher expansion of t's quantile around the normal one (Abramowitz & Stegun 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z
  const g1 = (z * (z2 + 1)) / 4
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384
  return z + (g1 + (g2 + g3 / df) / df) / df
}

/** The z with cornishFisher(z, ν) = t (Newton's method; the map is within 1e-4 of the identity here). */
function normalEquivalent(t: number, df: number): number {
  let z = t
  for (let iteration = 0; iteration < 20; iteration++) {
    const h = 1e-6 * Math.max(1, Math.abs(z))
    const slope = (cornishFisher(z + h, df) - cornishFisher(z - h, df)) / (2 * h)
    const step = (cornishFisher(z, df) - t) / slope
    z -= step
    if (Math.abs(step) <= 1e-16 * Math.max(1, Math.abs(z))) break
  }
  return z
}

/** A starting point for the solver: the Cornish–Fisher expansion at the tail's normal quantile. */
function cornishFisherStart(tail: number, df: number): number {
  const start = cornishFisher(normalQuantile(1 - tail), df)
  return start > 0 && Number.isFinite(start) ? start : 1
}
