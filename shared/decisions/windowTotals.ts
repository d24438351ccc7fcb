import type { Series } from '../engine/types'

/** Cost, usage and outcomes summed over a run of months of the horizon. */
export interface WindowTotals {
  /** First month index and the number of months summed (the window clipped to the horizon). */
  from: number
  months: number
  cost: number
  queries: number
  outcomes: number
  value: number
  /** Fully loaded cost per outcome; null without outcomes. */
  costPerOutcome: number | null
}

/** The monthly figures a window sums. */
export type WindowSeries = Pick<Series, 'months' | 'totalCost' | 'queries' | 'outcomes' | 'value'>

/** Sums months [from, from + length) of a series, clipped to the horizon; null when no month is inside it. */
export function windowTotals(series: WindowSeries, from: number, length: number): WindowTotals | null {
  const start = Math.max(0, from)
  const end = Math.min(series.months, from + length)
  if (end <= start) return null
  let cost = 0
  let queries = 0
  let outcomes = 0
  let value = 0
  for (let t = start; t < end; t++) {
    cost += series.totalCost[t] ?? 0
    queries += series.queries[t] ?? 0
    outcomes += series.outcomes[t] ?? 0
    value += series.value[t] ?? 0
  }
  return {
    from: start,
    months: end - start,
    cost,
    queries,
    outcomes,
    value,
    costPerOutcome: outcomes > 0 ? cost / outcomes : null,
  }
}

/** The windows a business review reads: the year behind, the year ahead and the whole horizon. */
export interface ReviewWindows {
  /** The 12 months before this month, clipped to the horizon; null when wholly outside it. */
  last12: WindowTotals | null
  /** This month and the 11 after, clipped to the horizon; null when wholly outside it. */
  next12: WindowTotals | null
  horizon: WindowTotals
}

/** A business review's windows around `thisMonth` (a month index from the horizon start; may lie outside it). */
export function reviewWindows(series: WindowSeries, thisMonth: number): ReviewWindows {
  return {
    last12: windowTotals(series, thisMonth - 12, 12),
    next12: windowTotals(series, thisMonth, 12),
    // A zero-month horizon still gets a row of zeros rather than no figures.
    horizon: windowTotals(series, 0, series.months) ?? {
      from: 0,
      months: 0,
      cost: 0,
      queries: 0,
      outcomes: 0,
      value: 0,
      costPerOutcome: null,
    },
  }
}
