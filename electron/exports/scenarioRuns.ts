import { compilePortfolio } from '../../shared/engine'
import { findScenarios, runBaseline, runScenario, type ScenarioRun } from '../../shared/engine/scenarios'
import type { Portfolio } from '../../shared/model'
import type { Lever } from '../../shared/model/scenario'
import { ExportRefused } from './exportRefused'

/** A scenario as every export receives it: its levers (none for the baseline), the engine's compiled inputs and results. */
export interface ExportRun extends ScenarioRun {
  description?: string
  levers: readonly Lever[]
}

/**
 * The baseline, then the scenarios asked for (by id or case-insensitive name) in the order
 * given; `keys` undefined means every scenario in the portfolio's order. An unknown key is
 * refused with the list of scenarios the portfolio has, so the caller can correct it.
 */
export function exportRuns(portfolio: Portfolio, keys?: readonly string[]): ExportRun[] {
  const list = portfolio.scenarios ?? []
  const { found, unknown } = findScenarios(portfolio, keys ?? list.map((s) => s.id))
  if (unknown.length > 0) {
    const known = list.map((s) => `"${s.name}" (id ${s.id})`).join(', ') || 'none'
    throw new ExportRefused(
      'not_found',
      `Unknown scenario ${unknown.map((u) => `"${u}"`).join(', ')}. Scenarios in this portfolio: ${known}.`,
    )
  }
  const compiled = compilePortfolio(portfolio)
  const seen = new Set<string>()
  const runs: ExportRun[] = [{ ...runBaseline(portfolio, compiled), levers: [] }]
  for (const s of found) {
    // A scenario named twice (by id and by name) is exported once: sheet names must be unique.
    if (seen.has(s.id)) continue
    seen.add(s.id)
    const run: ExportRun = { ...runScenario(portfolio, compiled, s), levers: s.levers }
    if (s.description) run.description = s.description
    runs.push(run)
  }
  return runs
}
