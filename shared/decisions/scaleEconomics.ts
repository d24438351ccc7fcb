import type { InitiativeResult } from '../engine/types'

/** Growth rates are capped so a start from nearly nothing reads as "very fast", not as infinity. */
export const MAX_GROWTH = 10
export const MIN_GROWTH = -1

export interface ScaleEconomics {
  /** Months compared: the first `windowMonths` after launch against the last `windowMonths` of the horizon. */
  windowMonths: number
  earlyStart: number
  lateStart: number
  /** Yearly growth of value between the windows (0.18 = 18%/yr). */
  valueGrowthPerYear: number
  /** Yearly growth of running cost (total cost less engineering build) between the windows. */
  costGrowthPerYear: number
  /** Yearly change of fully loaded running cost per outcome; null without outcomes in a window. */
  costPerOutcomeChangePerYear: number | null
  /** -100..100; positive when economics improve with scale. */
  score: number
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))

/** Annualised growth from a to b over `years`; capped; 0 when both are zero. */
export function yearlyGrowth(a: number, b: number, years: number): number {
  if (a <= 0 && b <= 0) return 0
  if (a <= 0) return MAX_GROWTH
  if (b <= 0) return MIN_GROWTH
  return clamp(Math.pow(b / a, 1 / years) - 1, MIN_GROWTH, MAX_GROWTH)
}

function windowSum(series: Float64Array, start: number, length: number): number {
  let s = 0
  for (let t = start; t < start + length; t++) s += series[t] ?? 0
  return s
}

/**
 * Scale economics of one initiative (docs/decisions.md): compares the first and the last
 * window of up to 12 months after launch. Score = 50 * clamp(gV - gC, -1, 1)
 * + 50 * clamp(-gCPO, -1, 1); without outcomes, 100 * clamp(gV - gC, -1, 1).
 * Null when fewer than 4 months of the horizon follow launch.
 */
export function scaleEconomics(result: InitiativeResult): ScaleEconomics | null {
  const s = result.series
  const first = result.firstActiveMonth
  const after = s.months - first
  const windowMonths = Math.min(12, Math.floor(after / 2))
  if (windowMonths < 2) return null
  const earlyStart = first
  const lateStart = s.months - windowMonths
  const years = (lateStart - earlyStart) / 12
  const running = (start: number): number =>
    windowSum(s.totalCost, start, windowMonths) - windowSum(s.cost.build, start, windowMonths)
  const costEarly = running(earlyStart)
  const costLate = running(lateStart)
  const valueGrowthPerYear = yearlyGrowth(
    windowSum(s.value, earlyStart, windowMonths),
    windowSum(s.value, lateStart, windowMonths),
    years,
  )
  const costGrowthPerYear = yearlyGrowth(costEarly, costLate, years)
  const outcomesEarly = windowSum(s.outcomes, earlyStart, windowMonths)
  const outcomesLate = windowSum(s.outcomes, lateStart, windowMonths)
  const costPerOutcomeChangePerYear =
    outcomesEarly > 0 && outcomesLate > 0
      ? yearlyGrowth(costEarly / outcomesEarly, costLate / outcomesLate, years)
      : null
  const gap = clamp(valueGrowthPerYear - costGrowthPerYear, -1, 1)
  const score =
    costPerOutcomeChangePerYear === null ? 100 * gap : 50 * gap + 50 * clamp(-costPerOutcomeChangePerYear, -1, 1)
  return {
    windowMonths,
    earlyStart,
    lateStart,
    valueGrowthPerYear,
    costGrowthPerYear,
    costPerOutcomeChangePerYear,
    score,
  }
}
