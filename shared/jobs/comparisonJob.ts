import { unitCostsAt, type Series } from '../engine'
import { compareRuns, evaluateScenarios, type ComparisonEntity, type ScenarioRun } from '../engine/scenarios'
import type { Portfolio } from '../model'

export interface ComparisonJobParams {
  portfolio: Portfolio
  /** The scenarios compared with the baseline, by id, in the order shown. */
  scenarioIds: readonly string[]
  /** The initiative whose table and lines are shown, or null for the portfolio. */
  focus: string | null
}

/** A case of the comparison: the baseline (id null) or a scenario. */
export interface ComparisonColumn {
  id: string | null
  name: string
}

/**
 * The scenario comparison as it crosses threads: the KPI table of the entity in focus as plain rows,
 * and the figures read across every case in typed arrays, case by case (index case × length + i).
 */
export interface ComparisonJobResult {
  /** The baseline first, then the scenarios that exist, in the order asked. */
  columns: ComparisonColumn[]
  months: number
  /** The initiative the table and lines are for; null for the portfolio (also when the focus is gone). */
  focus: string | null
  /** The KPI table of the entity in focus, with deltas to the baseline. */
  entity: ComparisonEntity
  /** The initiatives in list order, for the NPV chart. */
  initiativeIds: string[]
  initiativeNames: string[]
  /** NPV of initiative i in case c at c × initiatives + i. */
  npv: Float64Array
  /** Each initiative's first active month in the baseline. */
  firstActiveMonth: Int32Array
  /** The entity's total cost in month t of case c at c × months + t. */
  totalCost: Float64Array
  /** The entity's fully loaded cost per outcome, laid out as totalCost; NaN in a month with no outcomes. */
  costPerOutcome: Float64Array
}

/** The series of the entity in focus in one case: the portfolio's, or one initiative's (null when gone). */
function focusSeries(run: ScenarioRun, focus: string | null): Series | null {
  if (focus === null) return run.result.series
  return run.result.byId.get(focus)?.series ?? null
}

/**
 * The baseline and the chosen scenarios evaluated and compared by the engine (compareRuns), reduced to
 * what the comparison view shows. Scenario ids that no longer exist are left out.
 */
export function comparisonJob({ portfolio, scenarioIds, focus }: ComparisonJobParams): ComparisonJobResult {
  const known = new Set((portfolio.scenarios ?? []).map((s) => s.id))
  const { runs } = evaluateScenarios(
    portfolio,
    scenarioIds.filter((id) => known.has(id)),
  )
  const comparison = compareRuns(portfolio, runs)
  const shownFocus = focus !== null && runs[0]?.result.byId.has(focus) ? focus : null
  const entity = comparison.initiatives.find((e) => e.id === shownFocus) ?? comparison.portfolio
  const months = runs[0]?.result.months ?? 0
  const count = portfolio.initiatives.length
  const npv = new Float64Array(runs.length * count)
  const totalCost = new Float64Array(runs.length * months)
  const costPerOutcome = new Float64Array(runs.length * months)
  runs.forEach((run, c) => {
    run.result.initiatives.forEach((res, i) => {
      npv[c * count + i] = res.totals.npv
    })
    const series = focusSeries(run, shownFocus)
    for (let t = 0; t < months; t++) {
      totalCost[c * months + t] = series?.totalCost[t] ?? 0
      costPerOutcome[c * months + t] = series ? (unitCostsAt(series, t).fullPerOutcome ?? Number.NaN) : Number.NaN
    }
  })
  return {
    columns: comparison.columns,
    months,
    focus: shownFocus,
    // The rows are read here (they are built on first read) so they cross as plain data.
    entity: { id: entity.id, name: entity.name, rows: entity.rows },
    initiativeIds: portfolio.initiatives.map((i) => i.id),
    initiativeNames: portfolio.initiatives.map((i) => i.name),
    npv,
    firstActiveMonth: Int32Array.from(runs[0]?.result.initiatives ?? [], (r) => r.firstActiveMonth),
    totalCost,
    costPerOutcome,
  }
}
