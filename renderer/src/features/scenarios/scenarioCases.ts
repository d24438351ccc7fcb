import { unitCostsAt, type Series } from '../../../../shared/engine'
import { compareRuns, evaluateScenarios, type Comparison, type ScenarioRun } from '../../../../shared/engine/scenarios'
import type { Portfolio } from '../../../../shared/model'
import type { Scenario } from '../../../../shared/model/scenario'

/** The compared cases: the baseline first, then the chosen scenarios in list order, all from the engine. */
export interface ScenarioCases {
  runs: ScenarioRun[]
  comparison: Comparison
}

/**
 * The scenario ids compared: every scenario when the choice is null (the default, so a new
 * scenario joins at once), else the chosen ones that still exist, in the list's order.
 */
export function comparedIds(scenarios: readonly Scenario[], chosen: readonly string[] | null): string[] {
  if (chosen === null) return scenarios.map((s) => s.id)
  const set = new Set(chosen)
  return scenarios.filter((s) => set.has(s.id)).map((s) => s.id)
}

/** Toggles one scenario in the comparison; turns "every scenario" into an explicit list first. */
export function toggleCompared(scenarios: readonly Scenario[], chosen: readonly string[] | null, id: string): string[] {
  const now = comparedIds(scenarios, chosen)
  return now.includes(id) ? now.filter((x) => x !== id) : comparedIds(scenarios, [...now, id])
}

/** Evaluates the baseline and the scenarios with the engine and builds the KPI table. */
export function evaluateCases(portfolio: Portfolio, ids: readonly string[]): ScenarioCases {
  const { runs } = evaluateScenarios(portfolio, ids)
  return { runs, comparison: compareRuns(portfolio, runs) }
}

/** The portfolio's series of a run (id null) or one initiative's; null when the initiative is gone. */
export function entitySeries(run: ScenarioRun, id: string | null): Series | null {
  if (id === null) return run.result.series
  return run.result.byId.get(id)?.series ?? null
}

/** Fully loaded cost per outcome month by month, as the engine's unit costs give it; null = no outcomes. */
export function costPerOutcomeData(series: Series): (number | null)[] {
  return Array.from({ length: series.months }, (_, t) => unitCostsAt(series, t).fullPerOutcome)
}

/** A run's label for pickers: "Baseline" or the scenario's name. */
export function caseKey(run: ScenarioRun): string {
  return run.id ?? 'baseline'
}

/** Indexes of the initiatives with the largest baseline |NPV| (all when there are `max` or fewer), in list order. */
export function largestNpvInitiatives(comparison: Comparison, max: number): number[] {
  const npv = comparison.initiatives.map((e, i) => ({
    i,
    size: Math.abs(e.rows.find((r) => r.key === 'npv')?.values[0] ?? 0),
  }))
  if (npv.length <= max) return npv.map((x) => x.i)
  return npv
    .sort((a, b) => b.size - a.size || a.i - b.i)
    .slice(0, max)
    .map((x) => x.i)
    .sort((a, b) => a - b)
}
