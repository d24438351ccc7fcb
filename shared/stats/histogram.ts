import { percentileOfSorted } from './summaries'

/**
 * Histogram bins with nice edges: the bin width is the Freedman–Diaconis width 2·IQR·n^(-1/3)
 * (robust to long tails such as NPV's), rounded up to 1, 2, 2.5 or 5 × 10^k, and the edges are
 * multiples of it. A fixed bin count can be asked for instead; either way at most `maxBins`.
 */

export interface Histogram {
  /** bins + 1 ascending edges; bin i holds edges[i] ≤ x < edges[i + 1]. */
  edges: Float64Array
  counts: Uint32Array
  binWidth: number
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `width` (> 0). */
export function niceWidth(width: number): number {
  const power = 10 ** Math.floor(Math.log10(width))
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= width * (1 - 1e-12)) return step * power
  }
  return 10 * power
}

export interface HistogramOptions {
  /** A fixed number of bins (before rounding the width up to a nice one) instead of Freedman–Diaconis. */
  bins?: number
  maxBins?: number
}

/** The histogram of finite `values` (NaN and infinities are left out). */
export function histogram(values: ArrayLike<number>, options: HistogramOptions = {}): Histogram {
  const maxBins = options.maxBins ?? 60
  const finite = Float64Array.from(values).filter(Number.isFinite).sort()
  const n = finite.length
  if (n === 0) return { edges: new Float64Array([0, 1]), counts: new Uint32Array(1), binWidth: 1 }
  const min = finite[0]!
  const max = finite[n - 1]!
  const span = max - min
  let width: number
  if (span === 0) {
    width = niceWidth(Math.abs(min) > 0 ? Math.abs(min) / 10 : 1)
  } else {
    const iqr = percentileOfSorted(finite, 0.75) - percentileOfSorted(finite, 0.25)
    // A fixed count when asked, or when half the draws sit on one value (IQR 0): Sturges' count.
    const fixed = options.bins ?? (iqr > 0 ? undefined : Math.ceil(Math.log2(n)) + 1)
    width = niceWidth(fixed !== undefined ? span / fixed : (2 * iqr) / Math.cbrt(n))
  }
  // Subnormal spans leave no nice width: one unit-wide bin range then.
  if (!(width > 1e-290) || !Number.isFinite(width)) width = 1
  const binsFor = (w: number): number => Math.floor((max - Math.floor(min / w) * w) / w) + 1
  while (binsFor(width) > maxBins) width = niceWidth(width * 1.000001)
  const start = Math.floor(min / width) * width
  const bins = binsFor(width)
  const edges = Float64Array.from({ length: bins + 1 }, (_, i) => start + i * width)
  const counts = new Uint32Array(bins)
  for (let i = 0; i < n; i++) counts[Math.min(bins - 1, Math.floor((finite[i]! - start) / width))]!++
  return { edges, counts, binWidth: width }
}
