import type { InitiativeResult } from '../engine/types'

/** Growth rates are capped so a start from nearly nothing reads as "very fast", not as infinity. */
const MAX_GROWTH = 10
const MIN_GROWTH = -1

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
  /** Value and running cost summed over the last window: the economics at the volume reached. */
  valueAtScale: number
  runningCostAtScale: number
  /**
   * Running margin at scale, -1..1: (value - running cost) / the larger of the two over the last
   * window; 0 when both are zero. Fixed costs spread over more volume raise it, less volume lowers it.
   */
  marginAtScale: number
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

/** (value - cost) / max(value, cost): 1 when nothing is spent, -1 when nothing is earned, 0 for nothing at all. */
export function runningMargin(value: number, cost: number): number {
  const larger = Math.max(value, cost)
  return larger > 0 ? clamp((value - cost) / larger, -1, 1) : 0
}

function windowSum(series: Float64Array, start: number, length: number): number {
  let s = 0
  for (let t = start; t < start + length; t++) s += series[t] ?? 0
  return s
}

/**
 * Scale economics of one initiative (docs/decisions.md): compares the first and the last window
 * of up to 12 months after launch. Score = 50 × the running margin at scale + 50 × the trend,
 * the trend being clamp(gV - gC), averaged with clamp(-gCPO) when there are outcomes. The trend
 * alone barely moves when volume changes evenly (with fixed costs it even steepens at lower
 * volume); the margin carries the volume, since fixed costs do not shrink with it.
 * Null when fewer than 4 months follow launch.
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
  const valueLate = windowSum(s.value, lateStart, windowMonths)
  const valueGrowthPerYear = yearlyGrowth(windowSum(s.value, earlyStart, windowMonths), valueLate, years)
  const costGrowthPerYear = yearlyGrowth(costEarly, costLate, years)
  const outcomesEarly = windowSum(s.outcomes, earlyStart, windowMonths)
  const outcomesLate = windowSum(s.outcomes, lateStart, windowMonths)
  // Outcomes so few that a cost per outcome overflows cannot show a trend.
  const costPerOutcomeEarly = costEarly / outcomesEarly
  const costPerOutcomeLate = costLate / outcomesLate
  const costPerOutcomeChangePerYear =
    outcomesEarly > 0 && outcomesLate > 0 && Number.isFinite(costPerOutcomeEarly) && Number.isFinite(costPerOutcomeLate)
      ? yearlyGrowth(costPerOutcomeEarly, costPerOutcomeLate, years)
      : null
  const marginAtScale = runningMargin(valueLate, costLate)
  const growthGap = clamp(valueGrowthPerYear - costGrowthPerYear, -1, 1)
  const trend =
    costPerOutcomeChangePerYear === null ? growthGap : (growthGap + clamp(-costPerOutcomeChangePerYear, -1, 1)) / 2
  return {
    windowMonths,
    earlyStart,
    lateStart,
    valueGrowthPerYear,
    costGrowthPerYear,
    costPerOutcomeChangePerYear,
    valueAtScale: valueLate,
    runningCostAtScale: costLate,
    marginAtScale,
    score: 50 * marginAtScale + 50 * trend,
  }
}
