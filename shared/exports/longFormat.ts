import type { Portfolio } from '../model/portfolio'
import type { PortfolioResult, Series } from '../engine/types'
import type { CsvColumn } from './csv'
import { isoMonths } from '../engine/calendar'
import { PORTFOLIO_LINES, PROJECTION_LINES, type ProjectionLine } from './projectionLines'

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
  /** The figure leaves out a model price that is unknown (counted as 0): a lower bound. */
  unpriced: boolean
}

export const PORTFOLIO_ROW_NAME = 'Portfolio (total)'

/** The record of build and one-offs spent before the horizon (sunk), after an entity's months. */
const COST_BEFORE_HORIZON_DRIVER = 'Spent before the horizon (build and one-offs, sunk)'

/**
 * Which months of a line leave out an unknown price: inference, total cost and net in an unpriced
 * month, the cumulative net from the first one on; volumes, value and the other drivers never.
 */
function unpricedMonths(line: ProjectionLine, s: Series): (t: number) => boolean {
  const month = (t: number): boolean => (s.unpriced[t] ?? 0) > 0
  if (line.key === 'inference' || line.key === 'totalCost' || line.key === 'net') return month
  if (line.key !== 'cumulativeNet') return () => false
  const first = s.unpriced.indexOf(1)
  return (t) => first >= 0 && t >= first
}

/**
 * The monthly projection in long format (one row per scenario, initiative, month and
 * line), portfolio totals first; then, for an entity with build or one-offs before the horizon,
 * one record of that sunk cost with the month "before YYYY-MM" (the start month). A generator,
 * so a 1,000-initiative export streams.
 */
export function* longFormatRows(portfolio: Portfolio, scenarios: readonly ExportScenario[]): Generator<LongRow> {
  const labels = isoMonths(portfolio.settings.startMonth, portfolio.settings.horizonMonths)
  const names = new Map(portfolio.initiatives.map((i) => [i.id, i.name]))
  for (const sc of scenarios) {
    const blocks = [
      { name: PORTFOLIO_ROW_NAME, result: sc.result, lines: PORTFOLIO_LINES },
      ...sc.result.initiatives.map((r) => ({ name: names.get(r.id) ?? r.id, result: r, lines: PROJECTION_LINES })),
    ]
    for (const block of blocks) {
      const series = block.result.series
      for (const line of block.lines) {
        const values = line.read(series)
        const unpriced = unpricedMonths(line, series)
        for (let t = 0; t < labels.length; t++) {
          yield {
            scenario: sc.name,
            initiative: block.name,
            month: labels[t] ?? '',
            driver: line.label,
            value: values[t] ?? 0,
            unpriced: unpriced(t),
          }
        }
      }
      const before = block.result.totals.costBeforeHorizon
      if (before > 0)
        yield {
          scenario: sc.name,
          initiative: block.name,
          month: `before ${portfolio.settings.startMonth}`,
          driver: COST_BEFORE_HORIZON_DRIVER,
          value: before,
          unpriced: false,
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
  { header: 'unpriced', value: (r) => (r.unpriced ? 'true' : 'false') },
]
