import type ExcelJS from 'exceljs'
import {
  DRIVERS,
  DRIVER_LABELS,
  FIRST_ACTIVE_MONTH_LABEL,
  portfolioSpend,
  type Totals,
  type UnitCosts,
} from '../../../shared/engine'
import { absRef, columnName, rowRange } from '../../../shared/exports/cellRef'
import * as F from '../../../shared/exports/formulas'
import { PORTFOLIO_ROW_NAME } from '../../../shared/exports/longFormat'
import { monthSerial } from '../../../shared/exports/months'
import { formatDate, formatIsoMonth } from '../../../shared/display/dates'
import { formatMonthIndex } from '../../../shared/display/month'
import type { Portfolio } from '../../../shared/model'
import { SUMMARY_SHEET, type ScenarioRefs, type WorkbookScenario } from './layout'
import { DATE_ROW, T_ROW, type ProjectionLayout } from './projectionSheet'
import { printSetup, setPrintArea } from './printSetup'
import { labelWidth, mergeCells, SheetWriter, wrappedLines } from './sheetWriter'
import type { WorkbookStyles } from './styles'

const FIRST = FIRST_ACTIVE_MONTH_LABEL.toLowerCase()

/** The fully loaded unit costs on the Summary: per query, user and outcome, in two months. */
const UNIT_COLUMNS = [
  { key: 'fullPerQuery', label: 'query', volume: 'queries', format: 'pricePerM' },
  { key: 'fullPerUser', label: 'user', volume: 'users', format: 'moneyCents' },
  { key: 'fullPerOutcome', label: 'outcome', volume: 'outcomes', format: 'moneyCents' },
] as const

/** Columns of the Summary table, after Scenario, Initiative and Id. */
export const SUMMARY_COLUMNS = [
  ...DRIVERS.map((d) => DRIVER_LABELS[d]),
  'Total cost',
  'Value',
  'Net',
  'NPV (as of horizon start)',
  'ROI (undiscounted)',
  'Payback month',
  ...UNIT_COLUMNS.map((u) => `Full cost per ${u.label} (${FIRST})`),
  ...UNIT_COLUMNS.map((u) => `Full cost per ${u.label} (last month)`),
  'Spent before the horizon (sunk)',
] as const
export const SUMMARY_FIRST_COL = 4
/** Width of each figure's column, in characters. */
const FIGURE_WIDTH = 15
/** Pages across a printout: costs by driver; totals and KPIs; unit costs. */
const SUMMARY_PAGES_WIDE = 3
/**
 * The statement above the table wraps over the columns of the first page across: the figures'
 * columns are equally wide, so each page holds the same number of them.
 */
const STATEMENT_COLUMNS = Math.floor(SUMMARY_COLUMNS.length / SUMMARY_PAGES_WIDE)

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
  /** Formula of the first active month's number, and the engine's number of it. */
  firstMonth: string
  firstIndex: number
  first: UnitCosts
  last: UnitCosts
  /** Months the payback counts from: month numbers (or months since launch) at least `from`. */
  payback: { criteria: string; from: string }
  /** Formula of the cost spent before the horizon. */
  before: string
  /** Names of the models whose unknown prices the figures leave out. */
  unpricedModels: readonly string[]
}

/** What the reader needs to read the table right: valuation date, undiscounted ROI, payback, sunk cost, marks. */
export function summaryStatement(portfolio: Portfolio): string {
  const start = portfolio.settings.startMonth
  return (
    `NPV as of ${formatDate(`${start}-01`)}, the first day of the horizon (each month's net discounted from the end of its month). ` +
    'ROI is undiscounted (horizon value less cost, over cost). Payback: the first month by which money spent is recovered. ' +
    `Spent before the horizon: build and one-offs before ${formatIsoMonth(start)}, sunk and not in cost, NPV, ROI or payback. ` +
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
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }],
    // Pages across (costs by driver; totals and KPIs; unit costs), the scenario and initiative repeated.
    ...printSetup('landscape', 2, { pagesWide: SUMMARY_PAGES_WIDE, titleColumns: 'A:C' }),
  })
  // Headers wrap onto up to four lines, so the figures' columns stay narrow.
  sheet.columns = [
    {
      width: labelWidth(
        entries.map((e) => e.scenario.name),
        14,
        40,
      ),
    },
    { width: labelWidth([PORTFOLIO_ROW_NAME, ...portfolio.initiatives.map((i) => i.name)], 20, 40) },
    {
      width: labelWidth(
        portfolio.initiatives.map((i) => i.id),
        10,
        24,
      ),
    },
    ...SUMMARY_COLUMNS.map(() => ({ width: FIGURE_WIDTH })),
  ]
  const lastCol = SUMMARY_FIRST_COL + SUMMARY_COLUMNS.length - 1
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, `Scenario comparison (${portfolio.settings.currency})`, styles.title)
  const said = summaryStatement(portfolio)
  row.text(SUMMARY_FIRST_COL, said, styles.wrapped)
  row.lines(wrappedLines(said, STATEMENT_COLUMNS * FIGURE_WIDTH))
  row.done()
  mergeCells(sheet, `${columnName(SUMMARY_FIRST_COL)}1:${columnName(SUMMARY_FIRST_COL + STATEMENT_COLUMNS - 1)}1`)
  row = cursor.row()
  ;['Scenario', 'Initiative', 'Id', ...SUMMARY_COLUMNS].forEach((h, i) => row.text(i + 1, h, styles.headerWrapped))
  row.lines(4)
  row.done()

  const modelNames = new Map(portfolio.priceBook.map((m) => [m.id, `${m.provider} ${m.name}`]))
  const startMonth = portfolio.settings.startMonth
  const initiativeRows: number[][] = []
  for (const { scenario, refs, layout } of entries) {
    const rowsOfScenario: number[] = []
    initiativeRows.push(rowsOfScenario)
    const { monthCol, months: H } = layout.columns
    const range = (r: number | undefined): string => rowRange(layout.sheet, r ?? 0, monthCol, monthCol + H - 1)
    const dates = range(DATE_ROW)
    const result = scenario.result

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
      const cost = range(rows.totalCost)
      r.formula(col(k), F.sumFormula(cost), totals.cost, totals.unpriced ? styles.unpriced.money : money)
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
        F.paybackFormula(dates, range(rows.cumulativeNet), cost, f.payback.criteria, f.payback.from),
        totals.paybackMonth === null ? null : monthSerial(startMonth, totals.paybackMonth),
        styles.computed.month,
      )
      const unitCells = (j: number, units: UnitCosts, month: string, monthNumber: number): void => {
        UNIT_COLUMNS.forEach((u, i) => {
          const at = col(j + i)
          const flagged = units.unpriced && units[u.key] !== null
          const formula = F.unitCostFormula(cost, range(rows[u.volume]), month)
          r.formula(at, formula, units[u.key], (flagged ? styles.unpriced : styles.computed)[u.format])
          if (flagged)
            r.note(
              at,
              `Lower bound: in ${formatMonthIndex(startMonth, monthNumber)} a model price this cost needs is unknown (counted as 0). Unpriced: ${models}.`,
            )
        })
      }
      unitCells(k + 6, f.first, f.firstMonth, f.firstIndex)
      unitCells(k + 6 + UNIT_COLUMNS.length, f.last, String(H - 1), H - 1)
      r.formula(col(k + 6 + 2 * UNIT_COLUMNS.length), f.before, totals.costBeforeHorizon, money)
      r.done()
    }

    // The portfolio's first active month: its first launch (a month number, at least 0), as the engine's.
    const firstLaunch = refs.launches
      ? `MAX(0,${F.monthsBetweenFormula(refs.startMonth, `MIN(${refs.launches})`)})`
      : String(result.firstActiveMonth)
    // The portfolio row adds up its initiatives' cost before the horizon, in the rows below it.
    const shown = result.initiatives.filter((_, i) => layout.initiatives[i]).length
    const beforeCol = columnName(lastCol)
    const below = cursor.rowNumber + 1
    const spend = portfolioSpend(result)
    write(PORTFOLIO_ROW_NAME, '', layout.portfolio, {
      totals: result.totals,
      payback: { criteria: range(T_ROW), from: firstLaunch },
      firstMonth: firstLaunch,
      firstIndex: result.firstActiveMonth,
      first: spend.unitFirst,
      last: spend.unitLast,
      before: shown === 0 ? '0' : `SUM(${beforeCol}${below}:${beforeCol}${below + shown - 1})`,
      unpricedModels: [...new Set(result.initiatives.flatMap((res) => res.unpricedModels))],
    })
    result.initiatives.forEach((res, i) => {
      const rows = layout.initiatives[i]
      const inputs = refs.initiatives[i]
      rowsOfScenario.push(rows ? cursor.rowNumber : 0)
      if (!rows || !inputs) return
      // The first month from launch: month number max(launch, 0) = max(0, -(months since launch in month 0)).
      const sinceLaunchAtStart = absRef(layout.sheet, rows.sinceLaunch, monthCol)
      write(portfolio.initiatives[i]?.name ?? res.id, res.id, rows, {
        totals: res.totals,
        payback: { criteria: range(rows.sinceLaunch), from: '0' },
        firstMonth: `MAX(0,-${sinceLaunchAtStart})`,
        firstIndex: res.firstActiveMonth,
        first: res.unitFirst,
        last: res.unitLast,
        before: F.costBeforeHorizonFormula(inputs, F.monthsBetweenFormula(refs.startMonth, inputs.launchMonth)),
        unpricedModels: res.unpricedModels,
      })
    })
    cursor.skip()
  }
  setPrintArea(sheet, lastCol, cursor.rowNumber - 1)
  cursor.end()
  return { initiativeRows, totalCostCol: SUMMARY_FIRST_COL + DRIVERS.length }
}
