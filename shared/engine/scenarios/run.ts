import type { Portfolio } from '../../model/portfolio'
import type { Scenario } from '../../model/scenario'
import { compilePortfolio } from '../compile'
import type { CompiledPortfolio } from '../compiled'
import { evaluate } from '../portfolio'
import type { PortfolioResult } from '../types'
import { compileScenario } from './compileScenario'

/** One evaluated case: the baseline (scenario null) or a scenario. */
export interface ScenarioRun {
  /** null for the baseline. */
  id: string | null
  name: string
  compiled: CompiledPortfolio
  result: PortfolioResult
}

export const BASELINE_NAME = 'Baseline'

/** The baseline: exactly what computePortfolio computes. */
export function runBaseline(
  portfolio: Portfolio,
  compiled: CompiledPortfolio = compilePortfolio(portfolio),
): ScenarioRun {
  return { id: null, name: BASELINE_NAME, compiled, result: evaluate(compiled) }
}

/**
 * A scenario evaluated with the baseline's code on the baseline's compiled inputs with its levers
 * applied. With `baseline` (its run on the same `base`), initiatives no lever touches keep the
 * baseline's figures instead of being evaluated again (the same numbers).
 */
export function runScenario(
  portfolio: Portfolio,
  base: CompiledPortfolio,
  scenario: Pick<Scenario, 'id' | 'name' | 'levers'>,
  baseline: ScenarioRun | null = null,
): ScenarioRun {
  const compiled = compileScenario(portfolio, base, scenario.levers)
  const reuse = baseline?.compiled === base ? baseline.result : null
  return { id: scenario.id, name: scenario.name, compiled, result: evaluate(compiled, reuse) }
}

/** Finds scenarios by id or by name (case-insensitive); returns the unknown keys too. */
export function findScenarios(portfolio: Portfolio, keys: readonly string[]): { found: Scenario[]; unknown: string[] } {
  const list = portfolio.scenarios ?? []
  const found: Scenario[] = []
  const unknown: string[] = []
  for (const key of keys) {
    const lower = key.trim().toLowerCase()
    const s = list.find((x) => x.id === key) ?? list.find((x) => x.name.trim().toLowerCase() === lower)
    if (s) found.push(s)
    else unknown.push(key)
  }
  return { found, unknown }
}
