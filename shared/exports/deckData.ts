import { DRIVERS, DRIVER_LABELS, type PortfolioResult } from '../engine/types'
import { unitCostsAt } from '../engine/unitEconomics'
import type { Portfolio } from '../model/portfolio'
import { isoMonth } from '../engine/calendar'

/** Chart and table data of the board deck, read from the engine's results (no figure is recomputed). */

export interface ChartSeries {
  name: string
  labels: string[]
  values: number[]
}

/** Horizon cost, value and NPV per scenario: one series per scenario. */
export function scenarioComparison(scenarios: readonly { name: string; result: PortfolioResult }[]): ChartSeries[] {
  const labels = ['Total cost', 'Value', 'NPV']
  return scenarios.map((s) => ({
    name: s.name,
    labels,
    values: [s.result.totals.cost, s.result.totals.value, s.result.totals.npv],
  }))
}

/** Year label of month index t, e.g. "Year 1 (2026-01)". */
function yearLabel(startMonth: string, year: number): string {
  return `Year ${year + 1} (${isoMonth(startMonth, year * 12)})`
}

/** Portfolio cost per driver per horizon year (sums of the engine's monthly driver series): one series per driver. */
export function costByDriverPerYear(result: PortfolioResult, startMonth: string): ChartSeries[] {
  const years = Math.ceil(result.months / 12)
  const labels = Array.from({ length: years }, (_, y) => yearLabel(startMonth, y))
  return DRIVERS.map((d) => {
    const monthly = result.series.cost[d]
    const values = new Array<number>(years).fill(0)
    for (let t = 0; t < result.months; t++)
      values[Math.floor(t / 12)] = (values[Math.floor(t / 12)] ?? 0) + (monthly[t] ?? 0)
    return { name: DRIVER_LABELS[d], labels, values }
  })
}

/**
 * Fully loaded portfolio cost per query per month and scenario (the engine's unit costs),
 * from the first month any scenario has queries; months without queries show 0.
 */
export function unitCostTrend(
  scenarios: readonly { name: string; result: PortfolioResult }[],
  startMonth: string,
): ChartSeries[] {
  const months = scenarios[0]?.result.months ?? 0
  let from = months
  for (const s of scenarios) {
    const q = s.result.series.queries
    for (let t = 0; t < months; t++) {
      if ((q[t] ?? 0) > 0) {
        from = Math.min(from, t)
        break
      }
    }
  }
  const ts = Array.from({ length: Math.max(0, months - from) }, (_, i) => from + i)
  const labels = ts.map((t) => isoMonth(startMonth, t))
  return scenarios.map((s) => ({
    name: s.name,
    labels,
    values: ts.map((t) => unitCostsAt(s.result.series, t).fullPerQuery ?? 0),
  }))
}

export interface ReviewRow {
  name: string
  owner: string
  stage: string
  reviewDate: string
  horizonCost: number
  overdue: boolean
}

/** Initiatives with a review date, soonest first; overdue ones (before `today`) marked. */
export function upcomingReviews(
  portfolio: Portfolio,
  result: PortfolioResult,
  today: string,
  limit: number,
): ReviewRow[] {
  return portfolio.initiatives
    .filter((i) => i.governance.reviewDate !== null)
    .map((i) => ({
      name: i.name,
      owner: i.governance.owner,
      stage: i.governance.stage,
      reviewDate: i.governance.reviewDate ?? '',
      horizonCost: result.byId.get(i.id)?.totals.cost ?? 0,
      overdue: (i.governance.reviewDate ?? '') < today,
    }))
    .sort((a, b) => (a.reviewDate < b.reviewDate ? -1 : a.reviewDate > b.reviewDate ? 1 : a.name.localeCompare(b.name)))
    .slice(0, limit)
}

/** Money for slides: 1,234,567 -> "1.23M", with the currency code. */
export function compactMoney(value: number, currency: string): string {
  const abs = Math.abs(value)
  const sign = value < 0 ? '-' : ''
  const [div, suffix] = abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'k'] : [1, '']
  return `${sign}${(abs / div).toFixed(div === 1 ? 0 : 2)}${suffix} ${currency}`
}
