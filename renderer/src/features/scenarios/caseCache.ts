import { compilePortfolio, type CompiledPortfolio } from '../../../../shared/engine'
import { compareRuns, runBaseline, runScenario, type ScenarioRun } from '../../../../shared/engine/scenarios'
import type { Portfolio } from '../../../../shared/model'
import type { Scenario } from '../../../../shared/model/scenario'
import type { ScenarioCases } from './scenarioCases'

/** What the baseline's figures depend on; the scenarios are not part of it. */
function baselineKey(p: Portfolio): readonly unknown[] {
  return [p.initiatives, p.priceBook, p.costPools, p.settings]
}

/**
 * Evaluates the compared cases, reusing what has not changed: the store replaces only the parts
 * of the portfolio an edit touched, so the baseline is compiled and evaluated again only when its
 * initiatives, price book, pools or settings are new objects, and a scenario only when it is a new
 * object. A lever edit with 1,000 initiatives therefore evaluates one scenario, not every case.
 * One cache per mounted view (no module state); results equal evaluateCases exactly (tested).
 */
export function createCaseCache() {
  let key: readonly unknown[] = []
  let compiled: CompiledPortfolio | null = null
  let baseline: ScenarioRun | null = null
  let runs = new WeakMap<Scenario, ScenarioRun>()

  return (portfolio: Portfolio, ids: readonly string[]): ScenarioCases => {
    const next = baselineKey(portfolio)
    if (!compiled || !baseline || next.some((x, i) => x !== key[i])) {
      key = next
      compiled = compilePortfolio(portfolio)
      baseline = runBaseline(portfolio, compiled)
      runs = new WeakMap()
    }
    const base = compiled
    const list = portfolio.scenarios ?? []
    const chosen = ids.flatMap((id) => list.find((s) => s.id === id) ?? [])
    const scenarioRuns = chosen.map((s) => {
      const known = runs.get(s)
      if (known) return known
      const run = runScenario(portfolio, base, s)
      runs.set(s, run)
      return run
    })
    const all = [baseline, ...scenarioRuns]
    return { runs: all, comparison: compareRuns(portfolio, all) }
  }
}
