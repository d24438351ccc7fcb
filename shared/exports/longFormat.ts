import type { Portfolio } from '../model/portfolio'
import type { PortfolioResult } from '../engine/types'
import type { CsvColumn } from './csv'
import { monthLabels } from './months'
import { PORTFOLIO_LINES, PROJECTION_LINES } from './projectionLines'

/** A scenario's results as the exports receive them: the engine computed them, exports only read. */
export interface ExportScenario {
  name: string
  result: PortfolioResult
}

export interface LongRow {
  scenario: string
  initiative: string
  month: string
  driver: string
  value: number
}

export const PORTFOLIO_ROW_NAME = 'Portfolio (total)'

/**
 * The monthly projection in long format (one row per scenario, initiative, month and
 * line), portfolio totals first. A generator, so a 1,000-initiative export streams.
 */
export function* longFormatRows(portfolio: Portfolio, scenarios: readonly ExportScenario[]): Generator<LongRow> {
  const labels = monthLabels(portfolio.settings.startMonth, portfolio.settings.horizonMonths)
  const names = new Map(portfolio.initiatives.map((i) => [i.id, i.name]))
  for (const sc of scenarios) {
    const blocks = [
      { name: PORTFOLIO_ROW_NAME, series: sc.result.series, lines: PORTFOLIO_LINES },
      ...sc.result.initiatives.map((r) => ({
        name: names.get(r.id) ?? r.id,
        series: r.series,
        lines: PROJECTION_LINES,
      })),
    ]
    for (const block of blocks) {
      for (const line of block.lines) {
        const values = line.read(block.series)
        for (let t = 0; t < labels.length; t++) {
          yield {
            scenario: sc.name,
            initiative: block.name,
            month: labels[t] ?? '',
            driver: line.label,
            value: values[t] ?? 0,
          }
        }
      }
    }
  }
}

export const LONG_COLUMNS: readonly CsvColumn<LongRow>[] = [
  { header: 'scenario', value: (r) => r.scenario },
  { header: 'initiative', value: (r) => r.initiative },
  { header: 'month', value: (r) => r.month },
  { header: 'driver', value: (r) => r.driver },
  { header: 'value', value: (r) => r.value },
]
