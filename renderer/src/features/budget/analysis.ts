/**
 * Everything the budget view shows for one case (the baseline or a scenario), computed in one
 * pass from the shared engine and decisions modules: the evaluated result, the decision-matrix
 * points (strategic importance and pull-back recommendations feed the optimiser) and the
 * reallocation. Pure, so it can run after paint and be tested against the real engine.
 */
import { decisionMatrix, reallocate, type MatrixPoint, type Reallocation } from '../../../../shared/decisions'
import type { Constraint, Objective } from '../../../../shared/decisions/reallocation'
import type { RecommendationTreatment } from '../../../../shared/decisions/treatment'
import { compilePortfolio } from '../../../../shared/engine'
import { BASELINE_NAME, runScenario } from '../../../../shared/engine/scenarios'
import type { PortfolioResult } from '../../../../shared/engine/types'
import type { Portfolio } from '../../../../shared/model'

export interface BudgetInputs {
  portfolio: Portfolio
  /** The store's baseline results (reused, not recomputed, for the baseline). */
  baseline: PortfolioResult
  /** null for the baseline. */
  scenarioId: string | null
  objective: Objective
  constraint: Constraint
  treatment: RecommendationTreatment
  /** ISO date; only the governance flags carried by the matrix points depend on it. */
  today: string
}

export interface BudgetAnalysis {
  inputs: BudgetInputs
  /** The case actually shown: the baseline when the chosen scenario no longer exists. */
  scenarioId: string | null
  scenarioName: string
  result: PortfolioResult
  points: MatrixPoint[]
  /** null without an annual budget. */
  reallocation: Reallocation | null
}

/** The evaluated case: the baseline, or the scenario's levers applied to the baseline's compiled inputs. */
export function caseResult(
  portfolio: Portfolio,
  baseline: PortfolioResult,
  scenarioId: string | null,
): { scenarioId: string | null; name: string; result: PortfolioResult } {
  const scenario = scenarioId === null ? undefined : portfolio.scenarios?.find((s) => s.id === scenarioId)
  if (!scenario) return { scenarioId: null, name: BASELINE_NAME, result: baseline }
  const run = runScenario(portfolio, compilePortfolio(portfolio), scenario)
  return { scenarioId: scenario.id, name: scenario.name, result: run.result }
}

/** True when `a` and `b` evaluate the same case: only the objective, the constraint or the treatment differ. */
function sameCase(a: BudgetInputs, b: BudgetInputs): boolean {
  return (
    a.portfolio === b.portfolio && a.baseline === b.baseline && a.scenarioId === b.scenarioId && a.today === b.today
  )
}

/**
 * The case of `inputs` evaluated, with its matrix points, but not yet its reallocation. When
 * `previous` evaluated the same case (only the objective, the constraint or the treatment changed)
 * its scenario run and matrix are reused.
 */
export function analyseCase(
  inputs: BudgetInputs,
  previous?: BudgetAnalysis | null,
): Omit<BudgetAnalysis, 'reallocation'> {
  const reuse = previous && sameCase(previous.inputs, inputs) ? previous : null
  const shown = reuse
    ? { scenarioId: reuse.scenarioId, name: reuse.scenarioName, result: reuse.result }
    : caseResult(inputs.portfolio, inputs.baseline, inputs.scenarioId)
  const points = reuse ? reuse.points : decisionMatrix(inputs.portfolio, shown.result, inputs.today)
  return { inputs, scenarioId: shown.scenarioId, scenarioName: shown.name, result: shown.result, points }
}

/**
 * The analysis for `inputs`, on this thread: the case (see analyseCase) and the optimiser's
 * reallocation. The budget view runs the reallocation in the engine's worker instead (shared/jobs).
 */
export function analyseBudget(inputs: BudgetInputs, previous?: BudgetAnalysis | null): BudgetAnalysis {
  const { objective, constraint, treatment } = inputs
  const shown = analyseCase(inputs, previous)
  return {
    ...shown,
    reallocation: reallocate(inputs.portfolio, shown.result, shown.points, { objective, constraint, treatment }),
  }
}
