import { calendarYearLabel, formatMonthIndex } from '../display/month'
import { calendarMonth, calendarYears, spendByYear } from '../engine/calendar'
import type { CompiledPortfolio } from '../engine/compiled'
import { DRIVERS, DRIVER_LABELS, type PortfolioResult } from '../engine/types'
import { DRIVER_COLOURS } from '../model/drivers'
import { unitCostsAt } from '../engine/unitEconomics'
import type { Portfolio } from '../model/portfolio'
import type { PortfolioSettings } from '../model/settings'

/**
 * Chart and table data of the board deck's money slides, read from the engine's results: each
 * figure is a total, a sum of the engine's monthly series, or a unit cost the engine computes.
 */

/** One evaluated case as the deck receives it: the baseline first, then the chosen scenarios. */
export interface DeckRun {
  name: string
  description?: string
  compiled: CompiledPortfolio
  result: PortfolioResult
}

export interface ChartSeries {
  name: string
  labels: string[]
  values: number[]
}

export interface ScenarioKpis {
  name: string
  cost: number
  value: number
  npv: number
  roi: number | null
  /** Month index of payback, null when not within the horizon. */
  paybackMonth: number | null
  /** A model price is unknown in some month: cost is a lower bound, NPV and ROI upper bounds. */
  unpriced: boolean
}

/** The horizon KPIs of each case, as the engine totals them. */
export function scenarioKpis(runs: readonly DeckRun[]): ScenarioKpis[] {
  return runs.map(({ name, result: { totals } }) => ({
    name,
    cost: totals.cost,
    value: totals.value,
    npv: totals.npv,
    roi: totals.roi,
    paybackMonth: totals.paybackMonth,
    unpriced: totals.unpriced,
  }))
}

export interface YearColumns {
  labels: string[]
  /** One series per cost driver with any spend, in the engine's driver order. */
  series: ChartSeries[]
  /** Each series' driver colour as declared (RRGGBB), so a driver has the same colour in the deck as in the app. */
  colours: string[]
}

/** Label of each calendar year of the horizon, in order: "2026", "2028 (Jan–Jun)". */
export function calendarYearLabels(settings: PortfolioSettings, months: number): string[] {
  return calendarYears(settings.startMonth, months).map((y) =>
    calendarYearLabel(y.year, calendarMonth(settings.startMonth, y.firstMonth).month - 1, y.months),
  )
}

/** Portfolio cost per driver per calendar year (the engine's monthly driver series summed per calendar year). */
export function costByDriverPerYear(result: PortfolioResult, settings: PortfolioSettings): YearColumns {
  const labels = calendarYearLabels(settings, result.months)
  const drivers = DRIVERS.map((d) => ({
    series: {
      name: DRIVER_LABELS[d],
      labels,
      values: spendByYear(result.series.cost[d], settings).map((y) => y.spend),
    },
    colour: DRIVER_COLOURS[d].replace('#', '').toUpperCase(),
  })).filter((d) => d.series.values.some((v) => v !== 0))
  return { labels, series: drivers.map((d) => d.series), colours: drivers.map((d) => d.colour) }
}

/** Intervals between month labels that keep to calendar quarters, halves and years. */
const LABEL_INTERVALS = [1, 2, 3, 6, 12, 24, 60]

/**
 * Labels for a run of months: "Jul 2027" on every k-th calendar month (k the smallest interval that
 * shows at most `maxLabels`, aligned to January), blank between, so a month axis stays readable.
 */
export function monthAxisLabels(startMonth: string, months: readonly number[], maxLabels = 12): string[] {
  const every = LABEL_INTERVALS.find((k) => Math.ceil(months.length / k) <= maxLabels) ?? 60
  return months.map((t) =>
    (calendarMonth(startMonth, t).month - 1) % every === 0 ? formatMonthIndex(startMonth, t) : '',
  )
}

/** First month any run has queries, or the horizon's length when none has. */
function firstMonthWithQueries(runs: readonly DeckRun[]): number {
  const months = runs[0]?.result.months ?? 0
  let from = months
  for (const run of runs) {
    const q = run.result.series.queries
    for (let t = 0; t < Math.min(from, months); t++) {
      if ((q[t] ?? 0) > 0) {
        from = t
        break
      }
    }
  }
  return from
}

export interface UnitCostTrend {
  /** Month indexes shown, from the first month any case has queries. */
  months: number[]
  /** Axis labels: a calendar month on every k-th month, blank between. */
  labels: string[]
  /**
   * One series per case; a month without queries is null (no point, no line to zero). `unpriced[i]`:
   * the case's cost per query of months[i] leaves out a model price that is unknown (a lower bound).
   */
  series: { name: string; values: (number | null)[]; unpriced: boolean[] }[]
  /** Per month shown: true when any case's cost per query of that month is unpriced. */
  unpriced: boolean[]
}

/** Fully loaded portfolio cost per query per month and case (the engine's unit costs, with their unpriced flags). */
export function unitCostTrend(runs: readonly DeckRun[], startMonth: string, maxLabels = 12): UnitCostTrend {
  const total = runs[0]?.result.months ?? 0
  const from = firstMonthWithQueries(runs)
  const months = Array.from({ length: Math.max(0, total - from) }, (_, i) => from + i)
  const series = runs.map((run) => {
    const units = months.map((t) => unitCostsAt(run.result.series, t))
    return {
      name: run.name,
      values: units.map((u) => u.fullPerQuery),
      unpriced: units.map((u) => u.fullPerQuery !== null && u.unpriced),
    }
  })
  return {
    months,
    labels: monthAxisLabels(startMonth, months, maxLabels),
    series,
    unpriced: months.map((_, i) => series.some((s) => s.unpriced[i] === true)),
  }
}

/** Names ("Provider Model") of the models whose unknown prices leave figures of these results unpriced, in price-book order. */
export function unpricedModelNames(portfolio: Portfolio, results: readonly PortfolioResult[]): string[] {
  const ids = new Set(results.flatMap((r) => r.initiatives.flatMap((i) => i.unpricedModels)))
  const named = portfolio.priceBook.filter((m) => ids.has(m.id))
  const known = new Set(named.map((m) => m.id))
  return [...named.map(modelLabel), ...[...ids].filter((id) => !known.has(id))]
}

/** A model as the deck names it: provider and name, the provider once when the name already starts with it ("Amazon Nova Lite"). */
export function modelLabel(model: { provider: string; name: string }): string {
  return model.name.toLowerCase().startsWith(model.provider.toLowerCase())
    ? model.name
    : `${model.provider} ${model.name}`
}
