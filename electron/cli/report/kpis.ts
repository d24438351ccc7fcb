import { portfolioSpend } from '../../../shared/engine'
import { firstDayOfMonth, isoMonth } from '../../../shared/engine/calendar'
import type { DriverTotals, PortfolioResult, Totals, UnitCosts } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model/portfolio'

/** Unit costs of one month (with its unpriced flag), with the month as an index and as a calendar month. */
interface UnitCostsInMonth extends UnitCosts {
  month: number
  calendarMonth: string
}

/** Horizon KPIs, straight from the engine's totals; money in the portfolio currency, unrounded. */
export interface KpiTotals {
  costByDriver: DriverTotals
  cost: number
  value: number
  net: number
  npv: number
  roi: number | null
  paybackMonth: number | null
  paybackCalendarMonth: string | null
  queries: number
  outcomes: number
  unpriced: boolean
  /** Build and one-offs spent before the horizon (sunk): not in cost, NPV, ROI or payback. */
  costBeforeHorizon: number
}

export interface InitiativeKpis extends KpiTotals {
  id: string
  name: string
  stage: string
  valueType: string
  launchMonth: number
  launchCalendarMonth: string
  firstActiveMonth: number
  unitCosts: { first: UnitCostsInMonth; last: UnitCostsInMonth }
  unpricedModels: readonly string[]
}

export interface ComputeReport {
  portfolio: KpiTotals & {
    name: string
    currency: string
    startMonth: string
    horizonMonths: number
    endMonth: string
    /** The day NPV values the cash flows at: the first day of the horizon (YYYY-MM-DD). */
    npvAsOf: string
    /** The portfolio's first active month: the earliest of its initiatives' (0 without any). */
    firstActiveMonth: number
    initiativeCount: number
    /** Shared pool cost no initiative carried (only when there are none). */
    unallocatedShared: number
    unitCosts: { first: UnitCostsInMonth; last: UnitCostsInMonth }
  }
  initiatives: InitiativeKpis[]
}

function kpiTotals(totals: Totals, startMonth: string): KpiTotals {
  return {
    costByDriver: { ...totals.costByDriver },
    cost: totals.cost,
    value: totals.value,
    net: totals.net,
    npv: totals.npv,
    roi: totals.roi,
    paybackMonth: totals.paybackMonth,
    paybackCalendarMonth: totals.paybackMonth === null ? null : isoMonth(startMonth, totals.paybackMonth),
    queries: totals.queries,
    outcomes: totals.outcomes,
    unpriced: totals.unpriced,
    costBeforeHorizon: totals.costBeforeHorizon,
  }
}

function inMonth(units: UnitCosts, month: number, startMonth: string): UnitCostsInMonth {
  return { month, calendarMonth: isoMonth(startMonth, month), ...units }
}

/**
 * The KPIs the `compute` command prints: every figure read from the engine's result, none
 * recomputed here. Unit costs are those of the first active month (the portfolio's: the earliest
 * of its initiatives', as `compare` reads it) and of the last month of the horizon.
 */
export function computeReport(portfolio: Portfolio, result: PortfolioResult): ComputeReport {
  const { settings } = portfolio
  const start = settings.startMonth
  const last = result.months - 1
  let unallocated = 0
  for (const x of result.unallocatedShared) unallocated += x
  const spend = portfolioSpend(result)
  const byId = new Map(portfolio.initiatives.map((i) => [i.id, i]))
  return {
    portfolio: {
      name: settings.name,
      currency: settings.currency,
      startMonth: start,
      horizonMonths: settings.horizonMonths,
      endMonth: isoMonth(start, last),
      npvAsOf: firstDayOfMonth(start, 0),
      firstActiveMonth: result.firstActiveMonth,
      initiativeCount: portfolio.initiatives.length,
      ...kpiTotals(result.totals, start),
      unallocatedShared: unallocated,
      unitCosts: {
        first: inMonth(spend.unitFirst, result.firstActiveMonth, start),
        last: inMonth(spend.unitLast, last, start),
      },
    },
    initiatives: result.initiatives.map((r) => {
      const init = byId.get(r.id)
      const launchMonth = init?.usage.launchMonth ?? r.firstActiveMonth
      return {
        id: r.id,
        name: init?.name ?? r.id,
        stage: init?.governance.stage ?? '',
        valueType: init?.governance.valueType ?? '',
        launchMonth,
        launchCalendarMonth: isoMonth(start, launchMonth),
        firstActiveMonth: r.firstActiveMonth,
        ...kpiTotals(r.totals, start),
        unitCosts: {
          first: inMonth(r.unitFirst, r.firstActiveMonth, start),
          last: inMonth(r.unitLast, last, start),
        },
        unpricedModels: [...r.unpricedModels],
      }
    }),
  }
}
