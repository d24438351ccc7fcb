/**
 * Spend per calendar year against the budget, broken down by initiative or by driver. The years
 * and their spend come from the shared budget module (it only groups the engine's monthly cost);
 * this file lays them out as rows and says, in words, which years are over.
 */
import { reserveAmount } from '../../../../shared/decisions/budget'
import { spendByYear } from '../../../../shared/engine/calendar'
import { DRIVER_LABELS, DRIVERS, type Driver, type PortfolioResult } from '../../../../shared/engine/types'
import type { Portfolio, PortfolioSettings } from '../../../../shared/model'
import { formatMoney } from '../../format'

export interface BudgetYear {
  year: number
  /** Months of the horizon in that year. */
  months: number
  label: string
  spend: number
  /** Annual budget pro rata to the months in the horizon; null without a budget. */
  budget: number | null
  /** The budget less the experimentation reserve (both pro rata), never below 0; null without a budget. */
  available: number | null
}

export type Breakdown = 'driver' | 'initiative'

export interface SpendRow {
  key: string
  label: string
  /** Spend per year, in the order of the years. */
  years: number[]
  total: number
}

export interface BudgetWarning {
  year: number
  /** 'over': above the budget; 'reserve': within the budget but into the experimentation reserve. */
  level: 'over' | 'reserve'
  text: string
}

function yearLabel(year: number, months: number): string {
  return months < 12 ? `${String(year)} (${String(months)} mo)` : String(year)
}

/** The horizon's calendar years with the spend of `monthly` (the portfolio's total cost) and the budget lines. */
export function budgetYears(monthly: Float64Array, settings: PortfolioSettings): BudgetYear[] {
  const budget = settings.annualBudget
  const reserve = budget === null ? 0 : reserveAmount(budget, settings.experimentationReserve)
  return spendByYear(monthly, settings).map((y) => ({
    year: y.year,
    months: y.months,
    label: yearLabel(y.year, y.months),
    spend: y.spend,
    budget: y.budget,
    available: budget === null ? null : (Math.max(0, budget - reserve) * y.months) / 12,
  }))
}

function row(key: string, label: string, monthly: Float64Array, settings: PortfolioSettings): SpendRow {
  const years = spendByYear(monthly, settings).map((y) => y.spend)
  return { key, label, years, total: years.reduce((s, x) => s + x, 0) }
}

/** One row per driver with any spend, in the engine's driver order. */
export function spendByDriver(result: PortfolioResult, settings: PortfolioSettings): SpendRow[] {
  return DRIVERS.map((d: Driver) => row(d, DRIVER_LABELS[d], result.series.cost[d], settings)).filter((r) =>
    r.years.some((x) => x !== 0),
  )
}

/** One row per initiative, largest horizon spend first (ties keep the portfolio's order). */
export function spendByInitiative(portfolio: Portfolio, result: PortfolioResult): SpendRow[] {
  const rows: SpendRow[] = []
  for (const init of portfolio.initiatives) {
    const r = result.byId.get(init.id)
    if (r) rows.push(row(init.id, init.name, r.series.totalCost, portfolio.settings))
  }
  return rows.sort((a, b) => b.total - a.total)
}

/**
 * The first `limit` rows, and the rest summed into one "Other" row, so a chart of a thousand
 * initiatives stays readable; the table keeps every row.
 */
export function topRows(rows: readonly SpendRow[], limit: number, otherLabel: string): SpendRow[] {
  if (rows.length <= limit) return [...rows]
  const rest = rows.slice(limit)
  const width = rows[0]?.years.length ?? 0
  const years = Array.from({ length: width }, (_, i) => rest.reduce((s, r) => s + (r.years[i] ?? 0), 0))
  return [...rows.slice(0, limit), { key: 'other', label: otherLabel, years, total: years.reduce((s, x) => s + x, 0) }]
}

/** A warning for each year over the budget, or over what is left once the reserve is kept back. */
export function budgetWarnings(years: readonly BudgetYear[], currency: string): BudgetWarning[] {
  const money = (x: number) => formatMoney(x, currency)
  const warnings: BudgetWarning[] = []
  for (const y of years) {
    if (y.budget === null || y.available === null) continue
    if (y.spend > y.budget) {
      warnings.push({
        year: y.year,
        level: 'over',
        text: `${y.label}: spend ${money(y.spend)} is ${money(y.spend - y.budget)} over the budget of ${money(y.budget)}, and ${money(y.spend - y.available)} over the ${money(y.available)} left after the experimentation reserve.`,
      })
    } else if (y.spend > y.available) {
      warnings.push({
        year: y.year,
        level: 'reserve',
        text: `${y.label}: spend ${money(y.spend)} is within the budget of ${money(y.budget)} but ${money(y.spend - y.available)} into the experimentation reserve (${money(y.available)} left after it).`,
      })
    }
  }
  return warnings
}
