import type { DrawFigures } from '../../engine/draws'
import {
  eventProbability,
  fanChart,
  histogram,
  probabilityAbove,
  summarize,
  type EventProbability,
  type FanChart,
  type Histogram,
  type Summary,
} from '../../stats'

/** The draws' summary of one figure; null when no draw has it (ROI without cost, cost per outcome without outcomes). */
export type FigureSummary = Summary | null

/** Percentiles, mean and probabilities of one initiative or the portfolio. */
export interface EntitySummary {
  /** Initiative id, or null for the portfolio. */
  id: string | null
  name: string
  cost: FigureSummary
  value: FigureSummary
  npv: FigureSummary
  roi: FigureSummary
  costPerOutcome: FigureSummary
  /** P(NPV > 0). */
  npvPositive: EventProbability
  /** P(payback within the horizon). */
  payback: EventProbability
}

export interface BudgetRisk {
  annualBudget: number
  /** P(the year's spend > the budget), for each year of the horizon (months 1–12, 13–24, …; a last partial year as it is). */
  years: { year: number; months: number; overBudget: EventProbability }[]
  /** P(some year's spend > the budget). */
  anyYear: EventProbability
}

/** Summary of one entity's draws (the first `count` of each `draws`-long run from `at`). */
export function entitySummary(
  id: string | null,
  name: string,
  series: { cost: Float64Array; value: Float64Array; npv: Float64Array; outcomes: Float64Array; payback: Float64Array },
  at: number,
  count: number,
): EntitySummary {
  const view = (a: Float64Array) => a.subarray(at, at + count)
  const cost = view(series.cost)
  const value = view(series.value)
  const outcomes = view(series.outcomes)
  const roi: number[] = []
  const perOutcome: number[] = []
  let paid = 0
  for (let d = 0; d < count; d++) {
    const c = cost[d]!
    if (c !== 0) roi.push((value[d]! - c) / c)
    if (outcomes[d]! > 0) perOutcome.push(c / outcomes[d]!)
    if (series.payback[at + d]! >= 0) paid++
  }
  return {
    id,
    name,
    cost: summarize(cost),
    value: summarize(value),
    npv: summarize(view(series.npv)),
    roi: roi.length > 0 ? summarize(roi) : null,
    costPerOutcome: perOutcome.length > 0 ? summarize(perOutcome) : null,
    npvPositive: probabilityAbove(view(series.npv), 0),
    payback: eventProbability(paid, count),
  }
}

/** P(a year's spend > budget) from the first `count` draws' monthly cost. */
export function budgetRisk(figures: DrawFigures, annualBudget: number, count: number): BudgetRisk {
  const H = figures.months
  const years = Math.ceil(H / 12)
  const over = new Uint32Array(years)
  let any = 0
  for (let d = 0; d < count; d++) {
    let broke = false
    for (let y = 0; y < years; y++) {
      let spend = 0
      for (let t = y * 12; t < Math.min(H, y * 12 + 12); t++) spend += figures.monthlyCost[d * H + t]!
      if (spend > annualBudget) {
        over[y]!++
        broke = true
      }
    }
    if (broke) any++
  }
  return {
    annualBudget,
    years: Array.from(over, (n, y) => ({
      year: y + 1,
      months: Math.min(12, H - y * 12),
      overBudget: eventProbability(n, count),
    })),
    anyYear: eventProbability(any, count),
  }
}

/** The fans of monthly cost and cumulative net, and the histogram of the portfolio's NPV. */
export function charts(
  figures: DrawFigures,
  count: number,
): { monthlyCost: FanChart; cumulativeNet: FanChart; npvHistogram: Histogram } {
  return {
    monthlyCost: fanChart(figures.monthlyCost, figures.months, count),
    cumulativeNet: fanChart(figures.cumulativeNet, figures.months, count),
    npvHistogram: histogram(figures.portfolio.npv.subarray(0, count)),
  }
}
