import type ExcelJS from 'exceljs'
import { DRIVERS, DRIVER_LABELS, type Totals, type UnitCosts } from '../../../shared/engine'
import { absRef, columnName, rowRange } from '../../../shared/exports/cellRef'
import * as F from '../../../shared/exports/formulas'
import { PORTFOLIO_ROW_NAME } from '../../../shared/exports/longFormat'
import { monthSerial } from '../../../shared/exports/months'
import type { Portfolio } from '../../../shared/model'
import { SUMMARY_SHEET, type ScenarioRefs, type WorkbookScenario } from './layout'
import { DATE_ROW, T_ROW, type ProjectionLayout } from './projectionSheet'
import { printSetup, setPrintArea } from './printSetup'
import { SheetWriter } from './sheetWriter'
import type { WorkbookStyles } from './styles'

/** Columns of the Summary table, after Scenario, Initiative and Id. */
export const SUMMARY_COLUMNS = [
  ...DRIVERS.map((d) => DRIVER_LABELS[d]),
  'Total cost',
  'Value',
  'Net',
  'NPV',
  'ROI',
  'Payback month',
  'Full cost per query (launch month)',
  'Full cost per query (last month)',
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

/**
 * The comparison table: one portfolio row and one row per initiative for each scenario,
 * every figure a formula over the projection sheets (horizon sums, NPV at the monthly
 * rate, ROI, payback month, unit costs) carrying the engine's value.
 */
export function writeSummary(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  entries: readonly SummaryEntry[],
  styles: WorkbookStyles,
): SummaryLayout {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }],
    // Two pages across (costs by driver; totals and KPIs), the scenario and initiative repeated.
    ...printSetup('landscape', 2, { pagesWide: 2, titleColumns: 'A:C' }),
  })
  // Headers wrap onto up to three lines, so the figures' columns stay narrow.
  sheet.columns = [{ width: 30 }, { width: 32 }, { width: 16 }, ...SUMMARY_COLUMNS.map(() => ({ width: 14 }))]
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, `Scenario comparison (${portfolio.settings.currency})`, styles.title)
  row.done()
  row = cursor.row()
  ;['Scenario', 'Initiative', 'Id', ...SUMMARY_COLUMNS].forEach((h, i) => row.text(i + 1, h, styles.headerWrapped))
  row.lines(3)
  row.done()

  const money = styles.computed.money
  const initiativeRows: number[][] = []
  for (const { scenario, refs, layout } of entries) {
    const rowsOfScenario: number[] = []
    initiativeRows.push(rowsOfScenario)
    const { monthCol, months: H } = layout.columns
    const range = (r: number | undefined): string => rowRange(layout.sheet, r ?? 0, monthCol, monthCol + H - 1)
    const monthNumbers = range(T_ROW)
    const dates = range(DATE_ROW)
    // The portfolio's payback counts from its first launch (month number, at least 0).
    const portfolioPayback = refs.launches
      ? {
          criteria: monthNumbers,
          from: `MAX(0,${F.monthsBetweenFormula(refs.startMonth, `MIN(${refs.launches})`)})`,
        }
      : null
    const dateOf = (month: number | null): number | null =>
      month === null ? null : monthSerial(portfolio.settings.startMonth, month)

    const write = (
      who: string,
      id: string,
      rows: Partial<Record<string, number>>,
      totals: Totals,
      /** Null for a portfolio without initiatives: nothing launches, so nothing pays back. */
      payback: { criteria: string; from: string } | null,
      unit: { first: UnitCosts; last: UnitCosts; firstMonth: string } | null,
    ): void => {
      const r = cursor.row()
      const n = r.number
      r.text(1, scenario.name)
      r.text(2, who)
      r.text(3, id)
      const col = (j: number): number => SUMMARY_FIRST_COL + j
      const cell = (j: number): string => `${columnName(col(j))}${n}`
      DRIVERS.forEach((d, j) => r.formula(col(j), F.sumFormula(range(rows[d])), totals.costByDriver[d], money))
      const k = DRIVERS.length
      r.formula(col(k), F.sumFormula(range(rows.totalCost)), totals.cost, money)
      r.formula(col(k + 1), F.sumFormula(range(rows.value)), totals.value, money)
      r.formula(col(k + 2), F.netFormula(cell(k + 1), cell(k)), totals.net, money)
      r.formula(col(k + 3), F.npvFormula(refs.monthlyRate, range(rows.net)), totals.npv, money)
      r.formula(col(k + 4), F.roiFormula(cell(k + 1), cell(k)), totals.roi, styles.computed.percent)
      r.formula(
        col(k + 5),
        payback ? F.paybackFormula(dates, range(rows.cumulativeNet), payback.criteria, payback.from) : '""',
        dateOf(totals.paybackMonth),
        styles.computed.month,
      )
      if (unit) {
        const cost = range(rows.totalCost)
        const queries = range(rows.queries)
        r.formula(
          col(k + 6),
          F.unitCostFormula(cost, queries, unit.firstMonth),
          unit.first.fullPerQuery,
          styles.computed.pricePerM,
        )
        r.formula(
          col(k + 7),
          F.unitCostFormula(cost, queries, String(H - 1)),
          unit.last.fullPerQuery,
          styles.computed.pricePerM,
        )
      }
      r.done()
    }

    write(PORTFOLIO_ROW_NAME, '', layout.portfolio, scenario.result.totals, portfolioPayback, null)
    scenario.result.initiatives.forEach((res, i) => {
      const rows = layout.initiatives[i]
      rowsOfScenario.push(rows ? cursor.rowNumber : 0)
      if (!rows) return
      // The first month from launch: month number max(launch, 0) = max(0, -(months since launch in month 0)).
      const sinceLaunchAtStart = absRef(layout.sheet, rows.sinceLaunch, monthCol)
      write(
        portfolio.initiatives[i]?.name ?? res.id,
        res.id,
        rows,
        res.totals,
        { criteria: range(rows.sinceLaunch), from: '0' },
        { first: res.unitFirst, last: res.unitLast, firstMonth: `MAX(0,-${sinceLaunchAtStart})` },
      )
    })
    cursor.skip()
  }
  setPrintArea(sheet, SUMMARY_FIRST_COL + SUMMARY_COLUMNS.length - 1, cursor.rowNumber - 1)
  cursor.end()
  return { initiativeRows, totalCostCol: SUMMARY_FIRST_COL + DRIVERS.length }
}
