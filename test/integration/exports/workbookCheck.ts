import {
  portfolioSpend,
  type CompiledPortfolio,
  type PortfolioResult,
  type Series,
  type UnitCosts,
} from '../../../shared/engine'
import { columnName } from '../../../shared/exports/cellRef'
import { PORTFOLIO_ROW_NAME } from '../../../shared/exports/longFormat'
import { monthSerial } from '../../../shared/exports/months'
import { PROJECTION_LINES } from '../../../shared/exports/projectionLines'
import { projectionColumns } from '../../../electron/exports/xlsx/layout'
import { SUMMARY_COLUMNS, SUMMARY_FIRST_COL } from '../../../electron/exports/xlsx/summarySheet'
import type { StoredValue } from './xlsxValues'

/** What a workbook's figures are checked against: the engine's compiled inputs and results of one case. */
export interface EngineRun {
  name: string
  compiled: CompiledPortfolio
  result: PortfolioResult
}

/** |a - b| <= 1e-9 * max(|a|, |b|); an exact zero must be (almost) exactly zero. */
export function close(got: StoredValue | undefined, want: number | null, scale: number): boolean {
  if (want === null) return got === ''
  if (typeof got !== 'number') return false
  // A running sum that crosses zero has no relative precision left at the crossing: there
  // the tolerance is relative to the largest figure of the same line.
  const tol = 1e-9 * Math.max(Math.abs(want), Math.abs(got), scale * 1e-6, 1e-300)
  return Math.abs(got - want) <= tol
}

function maxAbs(values: ArrayLike<number>): number {
  let m = 0
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i] ?? 0))
  return m
}

const SUMMED = new Set([
  'Queries',
  'Outcomes',
  'Total cost',
  'Value',
  'Net',
  ...PROJECTION_LINES.slice(4, 12).map((l) => l.label),
])

/**
 * Checks every month cell of one projection sheet that holds an engine figure (pools, portfolio
 * and initiative lines, allocation basis), and the yearly totals of the summed lines, against the
 * engine. Returns the number of cells checked.
 */
export function checkProjection(
  sheet: Map<string, StoredValue>,
  run: EngineRun,
  startMonth: string,
  failures: string[],
): number {
  const { result } = run
  const H = result.months
  const { monthCol, firstYearCol, years } = projectionColumns(startMonth, H)
  const byId = new Map(result.initiatives.map((r) => [r.id, r.series]))
  const lineByLabel = new Map(PROJECTION_LINES.map((l) => [l.label, l]))
  let checked = 0
  for (let row = 4; row < 20_000; row++) {
    const who = sheet.get(`A${row}`)
    const id = sheet.get(`B${row}`) ?? ''
    const label = String(sheet.get(`C${row}`) ?? '')
    if (who === undefined && label === '') continue
    let expected: ArrayLike<number> | null = null
    if (who === 'Shared cost pool') {
      const pool = run.compiled.pools.find((p) => p.id === id)
      if (pool)
        expected = Float64Array.from({ length: H }, (_, t) =>
          t >= pool.startMonth ? pool.monthlyCost * (pool.costFactor?.[t] ?? 1) : 0,
        )
    } else {
      const line = lineByLabel.get(label.replace(/ \(basis\)$/, ''))
      const series: Series | undefined = who === PORTFOLIO_ROW_NAME ? result.series : byId.get(String(id))
      if (line && series) expected = line.read(series)
    }
    if (!expected) continue
    const scale = maxAbs(expected)
    for (let t = 0; t < H; t++) {
      const address = `${columnName(monthCol + t)}${row}`
      const got = sheet.get(address)
      checked++
      if (!close(got, expected[t] ?? 0, scale))
        failures.push(`${address} ${String(who)} ${label}: got ${String(got)}, engine ${expected[t]}`)
    }
    if (!SUMMED.has(label) && !label.startsWith('Pool: ')) continue
    years.forEach((y, j) => {
      let sum = 0
      for (let t = y.first; t <= y.last; t++) sum += expected[t] ?? 0
      const address = `${columnName(firstYearCol + j)}${row}`
      checked++
      if (!close(sheet.get(address), sum, scale * 12))
        failures.push(`${address} ${String(who)} ${label} ${y.label}: got ${String(sheet.get(address))}, engine ${sum}`)
    })
  }
  return checked
}

/** Checks every KPI (all 21) of the Summary rows of the given runs (matched by scenario name). */
export function checkSummary(
  sheet: Map<string, StoredValue>,
  runs: readonly EngineRun[],
  startMonth: string,
  failures: string[],
): number {
  let checked = 0
  for (let row = 3; row < 5000; row++) {
    const scenarioName = sheet.get(`A${row}`)
    if (scenarioName === undefined) continue
    const run = runs.find((s) => s.name === scenarioName)
    const id = sheet.get(`C${row}`) ?? ''
    const r = id === '' ? null : run?.result.byId.get(String(id))
    const totals = r ? r.totals : run?.result.totals
    if (!run || !totals) continue
    const spend = r ? { unitFirst: r.unitFirst, unitLast: r.unitLast } : portfolioSpend(run.result)
    const units = (u: UnitCosts): (number | null)[] => [u.fullPerQuery, u.fullPerUser, u.fullPerOutcome]
    const want: (number | null)[] = [
      ...Object.values(totals.costByDriver),
      totals.cost,
      totals.value,
      totals.net,
      totals.npv,
      totals.roi,
      totals.paybackMonth === null ? null : monthSerial(startMonth, totals.paybackMonth),
      ...units(spend.unitFirst),
      ...units(spend.unitLast),
      totals.costBeforeHorizon,
    ]
    want.forEach((w, j) => {
      const address = `${columnName(SUMMARY_FIRST_COL + j)}${row}`
      checked++
      if (!close(sheet.get(address), w, Math.abs(w ?? 0)))
        failures.push(
          `Summary ${address} ${SUMMARY_COLUMNS[j]} of ${String(id || 'portfolio')} in ${run.name}: got ${String(sheet.get(address))}, engine ${w}`,
        )
    })
  }
  return checked
}
