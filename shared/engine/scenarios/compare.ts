import type { Portfolio } from '../../model/portfolio'
import { spendByYear } from '../calendar'
import { compilePortfolio } from '../compile'
import { totalCostMonths } from '../portfolio'
import { portfolioSpend } from '../portfolioSpend'
import {
  DRIVER_LABELS,
  DRIVERS,
  FIRST_ACTIVE_MONTH_LABEL,
  type Totals,
  type UnitCostKey,
  type UnitCosts,
} from '../types'
import { findScenarios, runBaseline, runScenario, type ScenarioRun } from './run'

export type KpiUnit = 'money' | 'unitMoney' | 'ratio' | 'month'

/** Difference to the baseline column: amount, and amount / |baseline| (null when either is undefined). */
export interface KpiDelta {
  amount: number | null
  percent: number | null
}

/** One KPI across the compared columns; deltas[0] is the baseline against itself (0). */
export interface KpiRow {
  key: string
  label: string
  unit: KpiUnit
  values: (number | null)[]
  deltas: KpiDelta[]
  /**
   * Per column: the figure leaves out an unknown model price (counted as 0), so a cost is a lower
   * bound (net, NPV and ROI an upper bound). Unit costs carry their month's flag; value and the
   * drivers other than inference none; the other figures their entity's horizon flag.
   */
  unpriced: boolean[]
}

export interface ComparisonEntity {
  /** Initiative id, or null for the portfolio. */
  id: string | null
  name: string
  rows: KpiRow[]
}

export interface Comparison {
  /** The baseline first, then the scenarios in the order asked. */
  columns: { id: string | null; name: string }[]
  portfolio: ComparisonEntity
  initiatives: ComparisonEntity[]
}

const UNIT_KEYS: readonly UnitCostKey[] = [
  'inferencePerQuery',
  'fullPerQuery',
  'inferencePerUser',
  'fullPerUser',
  'inferencePerOutcome',
  'fullPerOutcome',
]
const UNIT_LABELS: Record<UnitCostKey, string> = {
  inferencePerQuery: 'inference cost per query',
  fullPerQuery: 'full cost per query',
  inferencePerUser: 'inference cost per user',
  fullPerUser: 'full cost per user',
  inferencePerOutcome: 'inference cost per outcome',
  fullPerOutcome: 'full cost per outcome',
}

/** The figures of one entity in one run that the table compares. */
interface Figures {
  totals: Totals
  unitFirst: UnitCosts
  unitLast: UnitCosts
  /** Total cost per month, read at once (it may sit in a buffer the next call reuses). */
  totalCost: () => Float64Array
}

export function delta(base: number | null, value: number | null): KpiDelta {
  if (base === null || value === null) return { amount: null, percent: null }
  const amount = value - base
  return { amount, percent: base === 0 ? (amount === 0 ? 0 : null) : amount / Math.abs(base) }
}

interface RowSpec {
  key: string
  label: string
  unit: KpiUnit
  pick: (f: Figures) => number | null
  /** Whether the picked figure is unpriced; by default the entity's horizon flag. */
  unpriced?: (f: Figures) => boolean
}

/**
 * The KPI rows every entity has, built once: a comparison of a thousand initiatives would
 * otherwise build the same keys, labels and pickers for each of them.
 */
const ROW_SPECS: readonly RowSpec[] = [
  ...DRIVERS.map((d): RowSpec => ({
    key: `cost.${d}`,
    label: `Horizon cost: ${DRIVER_LABELS[d]}`,
    unit: 'money',
    pick: (f) => f.totals.costByDriver[d],
    // Of the drivers, only inference is priced by the price book.
    ...(d === 'inference' ? {} : { unpriced: () => false }),
  })),
  { key: 'cost', label: 'Horizon cost', unit: 'money', pick: (f) => f.totals.cost },
  // Value depends on no price.
  { key: 'value', label: 'Value', unit: 'money', pick: (f) => f.totals.value, unpriced: () => false },
  { key: 'net', label: 'Net', unit: 'money', pick: (f) => f.totals.net },
  { key: 'npv', label: 'NPV', unit: 'money', pick: (f) => f.totals.npv },
  { key: 'roi', label: 'ROI', unit: 'ratio', pick: (f) => f.totals.roi },
  { key: 'paybackMonth', label: 'Payback month', unit: 'month', pick: (f) => f.totals.paybackMonth },
  ...UNIT_KEYS.map((k): RowSpec => ({
    key: `first.${k}`,
    label: `${FIRST_ACTIVE_MONTH_LABEL}: ${UNIT_LABELS[k]}`,
    unit: 'unitMoney',
    pick: (f) => f.unitFirst[k],
    unpriced: (f) => f.unitFirst.unpriced,
  })),
  ...UNIT_KEYS.map((k): RowSpec => ({
    key: `last.${k}`,
    label: `Last month: ${UNIT_LABELS[k]}`,
    unit: 'unitMoney',
    pick: (f) => f.unitLast[k],
    unpriced: (f) => f.unitLast.unpriced,
  })),
]

function rowsOf(figures: readonly Figures[], portfolio: Portfolio, withBudget: boolean): KpiRow[] {
  const rows: KpiRow[] = []
  const horizonUnpriced = figures.map((f) => f.totals.unpriced)
  const push = (key: string, label: string, unit: KpiUnit, values: (number | null)[], unpriced = horizonUnpriced) => {
    const base = values[0] ?? null
    rows.push({ key, label, unit, values, deltas: values.map((v) => delta(base, v)), unpriced })
  }
  for (const spec of ROW_SPECS) {
    const unpriced = spec.unpriced ? figures.map(spec.unpriced) : horizonUnpriced
    push(spec.key, spec.label, spec.unit, figures.map(spec.pick), unpriced)
  }
  // Spend per calendar year against the annual budget pro rata (shared/engine/calendar.ts).
  const years = figures.map((f) => spendByYear(f.totalCost(), portfolio.settings))
  ;(years[0] ?? []).forEach((y, i) => {
    const part = y.months < 12 ? ` (${y.months} months)` : ''
    push(
      `spend.${y.year}`,
      `Spend ${y.year}${part}`,
      'money',
      years.map((list) => list[i]?.spend ?? null),
    )
    if (withBudget && y.budget !== null) {
      push(
        `overBudget.${y.year}`,
        `Over budget ${y.year}${part}`,
        'money',
        years.map((list) => list[i]?.over ?? null),
      )
    }
  })
  return rows
}

/** The KPI table of evaluated runs (the first is the reference, normally the baseline). */
export function compareRuns(portfolio: Portfolio, runs: readonly ScenarioRun[]): Comparison {
  // The portfolio's spend and unit costs from the month sums and tails: its Series would evaluate every
  // initiative's months again for each column.
  const portfolioFigures: Figures[] = runs.map((r) => {
    const spend = portfolioSpend(r.result)
    return {
      totals: r.result.totals,
      unitFirst: spend.unitFirst,
      unitLast: spend.unitLast,
      totalCost: () => spend.totalCost,
    }
  })
  // Initiatives' spend per month goes through one buffer: building a thousand initiatives' Series
  // per column only to add up their months by year was most of a comparison's work.
  const monthly = new Float64Array(runs[0]?.result.months ?? 0)
  const initiatives = portfolio.initiatives.map((init, i): ComparisonEntity => {
    const results = runs.map((r) => {
      const res = r.result.initiatives[i]
      if (!res || res.id !== init.id)
        throw new RangeError(`run "${r.name}" does not hold initiative ${init.id} at ${i}`)
      return res
    })
    const build = (): KpiRow[] => {
      const figures = results.map((res, k): Figures => ({
        totals: res.totals,
        unitFirst: res.unitFirst,
        unitLast: res.unitLast,
        totalCost: () => totalCostMonths(res, monthly.length === runs[k]?.result.months ? monthly : undefined),
      }))
      return rowsOf(figures, portfolio, false)
    }
    // Rows built on first read (then kept): a view shows one initiative's table at a time, and
    // a thousand initiatives' rows are some 200,000 small objects. A getter on a plain object,
    // so spreading, JSON and structured clone still see `rows`.
    let rows: KpiRow[] | null = null
    return {
      id: init.id,
      name: init.name,
      get rows(): KpiRow[] {
        return (rows ??= build())
      },
    }
  })
  return {
    columns: runs.map((r) => ({ id: r.id, name: r.name })),
    portfolio: { id: null, name: portfolio.settings.name, rows: rowsOf(portfolioFigures, portfolio, true) },
    initiatives,
  }
}

/** Evaluates the baseline and the named scenarios (ids or names) and compares them. */
export function evaluateScenarios(
  portfolio: Portfolio,
  scenarioKeys: readonly string[],
): { runs: ScenarioRun[]; unknown: string[] } {
  const { found, unknown } = findScenarios(portfolio, scenarioKeys)
  const base = compilePortfolio(portfolio)
  const baseline = runBaseline(portfolio, base)
  return { runs: [baseline, ...found.map((s) => runScenario(portfolio, base, s, baseline))], unknown }
}

/**
 * compareScenarios(portfolio, ids): the baseline and each scenario side by side, per initiative and
 * for the portfolio, with deltas to the baseline. Throws a RangeError naming unknown scenarios.
 */
export function compareScenarios(portfolio: Portfolio, scenarioKeys: readonly string[]): Comparison {
  const { runs, unknown } = evaluateScenarios(portfolio, scenarioKeys)
  if (unknown.length > 0) {
    const known = (portfolio.scenarios ?? []).map((s) => `"${s.name}"`).join(', ') || 'none'
    throw new RangeError(
      `Unknown scenario ${unknown.map((u) => `"${u}"`).join(', ')} (scenarios in this portfolio: ${known})`,
    )
  }
  return compareRuns(portfolio, runs)
}
