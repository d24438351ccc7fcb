import type { LeverTiming } from '../../model/scenario'

/**
 * A lever's timing as month-by-month series (length = horizon). Intensity w(t) in [0, 1]:
 * 'from' M: 1 for t >= M; 'linear' A..B: 0 up to A, (t - A) / (B - A) between, 1 from B.
 */
export function intensity(timing: LeverTiming, months: number): Float64Array {
  const w = new Float64Array(months)
  for (let t = 0; t < months; t++) {
    if (timing.kind === 'from') w[t] = t >= timing.month ? 1 : 0
    else if (timing.kind === 'linear') {
      const { fromMonth: a, toMonth: b } = timing
      w[t] = t <= a ? 0 : t >= b ? 1 : (t - a) / (b - a)
    } else w[t] = t >= timing.fromMonth ? 1 : 0
  }
  return w
}

/**
 * The multiplier of a relative change `amount`: 1 + amount * w(t) for 'from' and 'linear';
 * for 'yearly' the amount compounds from month M: (1 + amount)^((t - M) / 12), 1 before M.
 */
export function factorSeries(timing: LeverTiming, amount: number, months: number): Float64Array {
  const f = new Float64Array(months)
  if (timing.kind === 'yearly') {
    const base = Math.max(0, 1 + amount)
    for (let t = 0; t < months; t++) f[t] = t >= timing.fromMonth ? Math.pow(base, (t - timing.fromMonth) / 12) : 1
    return f
  }
  const w = intensity(timing, months)
  for (let t = 0; t < months; t++) f[t] = Math.max(0, 1 + amount * (w[t] ?? 0))
  return f
}

/**
 * Points added to a rate: amount * w(t) for 'from' and 'linear'; for 'yearly' the amount is
 * points per year, accruing from month M: amount * (t - M) / 12.
 */
export function additiveSeries(timing: LeverTiming, amount: number, months: number): Float64Array {
  const d = new Float64Array(months)
  if (timing.kind === 'yearly') {
    for (let t = 0; t < months; t++) d[t] = t >= timing.fromMonth ? (amount * (t - timing.fromMonth)) / 12 : 0
    return d
  }
  const w = intensity(timing, months)
  for (let t = 0; t < months; t++) d[t] = amount * (w[t] ?? 0)
  return d
}

/** Element-wise product of factor series; the single series itself when there is one (read-only use). */
export function productOf(series: readonly Float64Array[], months: number): Float64Array | undefined {
  if (series.length === 0) return undefined
  if (series.length === 1) return series[0]
  const out = new Float64Array(months).fill(1)
  for (const s of series) for (let t = 0; t < months; t++) out[t] = (out[t] ?? 1) * (s[t] ?? 1)
  return out
}
