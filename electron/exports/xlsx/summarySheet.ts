import type ExcelJS from 'exceljs'
import {
  DRIVERS,
  DRIVER_LABELS,
  FIRST_ACTIVE_MONTH_LABEL,
  portfolioSpend,
  type Totals,
  type UnitCosts,
} from '../../../shared/engine'
import { columnName, rowRange, sheetPrefix } from '../../../shared/exports/cellRef'
import * as F from '../../../shared/exports/formulas'
import { PORTFOLIO_ROW_NAME } from '../../../shared/exports/longFormat'
import { isoMonth } from '../../../shared/engine/calendar'
import type { Portfolio } from '../../../shared/model'
import { ASSUMPTIONS, MONTH_COL, type ScenarioRefs, type WorkbookScenario } from './layout'
import { T_ROW, type ProjectionLayout } from './projectionSheet'
import { SheetWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

const FIRST = FIRST_ACTIVE_MONTH_LABEL.toLowerCase()

/** The fully loaded unit costs on the Summary: per query, user and outcome, in two months. */
const UNIT_COLUMNS = [
  { key: 'fullPerQuery', label: 'query', volume: 'queries' },
  { key: 'fullPerUser', label: 'user', volume: 'users' },
  { key: 'fullPerOutcome', label: 'outcome', volume: 'outcomes' },
] as const

/** Columns of the Summary table, after Scenario, Initiative and Id. */
export const SUMMARY_COLUMNS = [
  ...DRIVERS.map((d) => DRIVER_LABELS[d]),
  'Total cost',
  'Value',
  'Net',
  'NPV (as of horizon start)',
  'ROI (undiscounted)',
  'Payback month (index)',
  ...UNIT_COLUMNS.map((u) => `Full cost per ${u.label} (${FIRST})`),
  ...UNIT_COLUMNS.map((u) => `Full cost per ${u.label} (last month)`),
  'Spent before the horizon (sunk)',
] as const
export const SUMMARY_FIRST_COL = 4

/** Where the Summary put each scenario's initiative rows, for formulas on later sheets. */
export interface SummaryLayout {
  /** Per scenario (in order), per initiative (portfolio order): its row. */
  initiativeRows: number[][]
  /** Column of the horizon total cost. */
  totalCostCol: number
}

export interface SummaryEntry {
  scenario: WorkbookScenario
  refs: ScenarioRefs
  layout: ProjectionLayout
}

/** What one Summary row shows besides its horizon totals. */
interface RowFigures {
  totals: Totals
  /** Formula (or number) of the first active month, and the engine's index of it. */
  firstMonth: string
  firstIndex: number
  first: UnitCosts
  last: UnitCosts
  /** Formula of the cost spent before the horizon. */
  before: string
  /** Names of the models whose unknown prices the figures leave out. */
  unpricedModels: readonly string[]
}

/** What the reader needs to read the table right: valuation date, undiscounted ROI, payback, sunk cost, marks. */
function statement(portfolio: Portfolio): string {
  const start = portfolio.settings.startMonth
  return (
    `NPV as of ${start}-01, the first day of the horizon (each month's net discounted from the end of its month). ` +
    'ROI is undiscounted (horizon value less cost, over cost). Payback: the first month by which money spent is recovered. ' +
    `Spent before the horizon: build and one-offs before ${start}, sunk and not in cost, NPV, ROI or payback. ` +
    'Amber cells leave out unknown model prices (counted as 0): see their notes.'
  )
}

/**
 * The comparison table: one portfolio row and one row per initiative for each scenario,
 * every figure a formula over the projection sheets (horizon sums, NPV at the monthly
 * rate, ROI, payback month, unit costs) or the Assumptions (cost before the horizon),
 * carrying the engine's value. Figures that leave out an unknown price are marked, with a note.
 */
export function writeSummary(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  entries: readonly SummaryEntry[],
  styles: WorkbookStyles,
): SummaryLayout {
  const sheet = workbook.addWorksheet('Summary', { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] })
  // Wide enough for each header, so no title is cut off.
  sheet.columns = [
    { width: 28 },
    { width: 34 },
    { width: 18 },
    ...SUMMARY_COLUMNS.map((h) => ({ width: Math.max(16, h.length + 3) })),
  ]
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, `Scenario comparison (${portfolio.settings.currency})`, styles.title)
  row.text(SUMMARY_FIRST_COL, statement(portfolio))
  row.done()
  row = cursor.row()
  ;['Scenario', 'Initiative', 'Id', ...SUMMARY_COLUMNS].forEach((h, i) => row.text(i + 1, h, styles.header))
  row.done()

  const modelNames = new Map(portfolio.priceBook.map((m) => [m.id, `${m.provider} ${m.name}`]))
  const initiativeRows: number[][] = []
  for (const { scenario, refs, layout } of entries) {
    const rowsOfScenario: number[] = []
    initiativeRows.push(rowsOfScenario)
    const H = layout.months
    const range = (r: number | undefined): string => rowRange(layout.sheet, r ?? 0, MONTH_COL, MONTH_COL + H - 1)
    const monthIndexes = rowRange(layout.sheet, T_ROW, MONTH_COL, MONTH_COL + H - 1)
    const launches = refs.initiatives.map((r) => r.launchMonth)
    const onAssumptions = launches.every((l) => l.startsWith(sheetPrefix(ASSUMPTIONS)))
    const result = scenario.result
    // The portfolio's first active month (the earliest of its initiatives'), as the engine's.
    const firstActive =
      launches.length === 0
        ? '0'
        : onAssumptions
          ? `MAX(0,MIN(${launches[0]}:${(launches[launches.length - 1] ?? '').slice(sheetPrefix(ASSUMPTIONS).length)}))`
          : String(result.firstActiveMonth)

    const write = (who: string, id: string, rows: Partial<Record<string, number>>, f: RowFigures): void => {
      const r = cursor.row()
      const n = r.number
      r.text(1, scenario.name)
      r.text(2, who)
      r.text(3, id)
      const col = (j: number): number => SUMMARY_FIRST_COL + j
      const cell = (j: number): string => `${columnName(col(j))}${n}`
      const { totals } = f
      const money = styles.computed.money
      DRIVERS.forEach((d, j) => r.formula(col(j), F.sumFormula(range(rows[d])), totals.costByDriver[d], money))
      const k = DRIVERS.length
      const models = f.unpricedModels.map((m) => modelNames.get(m) ?? m).join(', ')
      r.formula(
        col(k),
        F.sumFormula(range(rows.totalCost)),
        totals.cost,
        totals.unpriced ? styles.unpriced.money : money,
      )
      if (totals.unpriced)
        r.note(
          col(k),
          `Lower bound: leaves out the cost of model prices that are unknown in some months (counted as 0). Unpriced: ${models}.`,
        )
      r.formula(col(k + 1), F.sumFormula(range(rows.value)), totals.value, money)
      r.formula(col(k + 2), F.netFormula(cell(k + 1), cell(k)), totals.net, money)
      r.formula(col(k + 3), F.npvFormula(refs.monthlyRate, range(rows.net)), totals.npv, money)
      r.formula(col(k + 4), F.roiFormula(cell(k + 1), cell(k)), totals.roi, styles.computed.percent)
      r.formula(
        col(k + 5),
        F.paybackFormula(monthIndexes, range(rows.cumulativeNet), range(rows.totalCost), f.firstMonth),
        totals.paybackMonth,
        styles.computed.integer,
      )
      const cost = range(rows.totalCost)
      const unitCells = (j: number, units: UnitCosts, month: string, monthIndex: number): void => {
        UNIT_COLUMNS.forEach((u, i) => {
          const at = col(j + i)
          const flagged = units.unpriced && units[u.key] !== null
          const formula = F.unitCostFormula(cost, range(rows[u.volume]), month)
          r.formula(at, formula, units[u.key], flagged ? styles.unpriced.decimal : styles.computed.decimal)
          if (flagged)
            r.note(
              at,
              `Lower bound: in ${isoMonth(portfolio.settings.startMonth, monthIndex)} a model price this cost needs is unknown (counted as 0). Unpriced: ${models}.`,
            )
        })
      }
      unitCells(k + 6, f.first, f.firstMonth, f.firstIndex)
      unitCells(k + 6 + UNIT_COLUMNS.length, f.last, String(H - 1), H - 1)
      r.formula(col(k + 6 + 2 * UNIT_COLUMNS.length), f.before, totals.costBeforeHorizon, money)
      r.done()
    }

    // The portfolio row adds up its initiatives' cost before the horizon, in the rows below it.
    const shown = result.initiatives.filter((_, i) => layout.initiatives[i]).length
    const beforeCol = columnName(SUMMARY_FIRST_COL + SUMMARY_COLUMNS.length - 1)
    const below = cursor.rowNumber + 1
    const spend = portfolioSpend(result)
    write(PORTFOLIO_ROW_NAME, '', layout.portfolio, {
      totals: result.totals,
      firstMonth: firstActive,
      firstIndex: result.firstActiveMonth,
      first: spend.unitFirst,
      last: spend.unitLast,
      before: shown === 0 ? '0' : `SUM(${beforeCol}${below}:${beforeCol}${below + shown - 1})`,
      unpricedModels: [...new Set(result.initiatives.flatMap((r) => r.unpricedModels))],
    })
    result.initiatives.forEach((res, i) => {
      const rows = layout.initiatives[i]
      const inputs = refs.initiatives[i]
      rowsOfScenario.push(rows ? cursor.rowNumber : 0)
      if (!rows || !inputs) return
      write(portfolio.initiatives[i]?.name ?? res.id, res.id, rows, {
        totals: res.totals,
        firstMonth: `MAX(${inputs.launchMonth},0)`,
        firstIndex: res.firstActiveMonth,
        first: res.unitFirst,
        last: res.unitLast,
        before: F.costBeforeHorizonFormula(inputs),
        unpricedModels: res.unpricedModels,
      })
    })
    cursor.skip()
  }
  cursor.end()
  return { initiativeRows, totalCostCol: SUMMARY_FIRST_COL + DRIVERS.length }
}
