import { compilePortfolio } from '../../engine'
import { DrawEvaluator, DrawFigures } from '../../engine/draws'
import { compileScenario } from '../../engine/scenarios'
import { BASELINE_NAME } from '../../engine/scenarios'
import type { Portfolio } from '../../model'
import { DrawSampler, type FanChart, type Histogram } from '../../stats'
import { ContributionSums, type Contribution } from './contributions'
import { simulationPlan } from './plan'
import { budgetRisk, charts, entitySummary, type BudgetRisk, type EntitySummary } from './summary'

const SIMULATION_METHOD = 'Monte Carlo, nested Latin hypercube sampling (docs/uncertainty.md)'

export interface SimulationOptions {
  seed: number
  draws: number
  /** The case: a scenario's id, or null (or a scenario that is gone) for the baseline. */
  scenarioId: string | null
}

export interface SimulationResult {
  seed: number
  /** Draws these figures come from (fewer than `plannedDraws` in a progress report). */
  draws: number
  plannedDraws: number
  method: string
  scenarioId: string | null
  scenarioName: string
  /** Ranged inputs and shared factors sampled. */
  ranges: number
  factors: number
  portfolio: EntitySummary
  initiatives: EntitySummary[]
  budget: BudgetRisk | null
  monthlyCost: FanChart
  cumulativeNet: FanChart
  npvHistogram: Histogram
  /** Each range's share of the variance of the portfolio's NPV, largest first. */
  contributions: Contribution[]
}

/**
 * Simulates one case of a portfolio: `draws` draws of its ranges and shared factors (seeded, nested
 * Latin hypercube: shared/stats), each evaluated by the engine (shared/engine/draws), then
 * summarised. `progress` receives the result after each nested level but the last (for 1,000
 * draws: after 125, 250 and 500), each a stratified estimate; the return value has every draw.
 */
export function simulate(
  portfolio: Portfolio,
  options: SimulationOptions,
  progress?: (partial: SimulationResult) => void,
): SimulationResult {
  const { seed, draws } = options
  const base = compilePortfolio(portfolio)
  const scenario =
    options.scenarioId === null ? undefined : portfolio.scenarios?.find((s) => s.id === options.scenarioId)
  const compiled = scenario ? compileScenario(portfolio, base, scenario.levers) : base
  const plan = simulationPlan(portfolio)
  const sampler = new DrawSampler({ seed, draws, factors: plan.factors, inputs: plan.inputs })
  const evaluator = new DrawEvaluator(portfolio, compiled, plan.columns)
  const figures = new DrawFigures(draws, compiled.initiatives.length, compiled.months, evaluator.firstActiveMonth)
  const sums = new ContributionSums(plan.columns.width)
  const width = plan.columns.width
  const summary = (count: number): SimulationResult => ({
    seed,
    draws: count,
    plannedDraws: draws,
    method: SIMULATION_METHOD,
    scenarioId: scenario?.id ?? null,
    scenarioName: scenario?.name ?? BASELINE_NAME,
    ranges: plan.inputs.length,
    factors: plan.factors.length,
    portfolio: entitySummary(null, portfolio.settings.name, figures.portfolio, 0, count),
    initiatives: portfolio.initiatives.map((init, i) => entitySummary(init.id, init.name, figures, i * draws, count)),
    budget:
      portfolio.settings.annualBudget === null ? null : budgetRisk(figures, portfolio.settings.annualBudget, count),
    ...charts(figures, count),
    contributions: sums.contributions(plan.labels),
  })
  for (let block = sampler.nextBlock(); block; block = sampler.nextBlock()) {
    for (let d = block.from; d < block.to; d++) {
      const at = (d - block.from) * width
      evaluator.evaluate(block.values, at, d, figures)
      sums.add(block.values, at, figures.portfolio.npv[d]!)
    }
    if (progress && block.to < draws) progress(summary(block.to))
  }
  return summary(draws)
}
