import type ExcelJS from 'exceljs'
import { DRIVERS, DRIVER_LABELS, type Totals, type UnitCosts } from '../../../shared/engine'
import { columnName, rowRange, sheetPrefix } from '../../../shared/exports/cellRef'
import * as F from '../../../shared/exports/formulas'
import { PORTFOLIO_ROW_NAME } from '../../../shared/exports/longFormat'
import type { Portfolio } from '../../../shared/model'
import { ASSUMPTIONS, MONTH_COL, type ScenarioRefs, type WorkbookScenario } from './layout'
import { T_ROW, type ProjectionLayout } from './projectionSheet'
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
  'Payback month (index)',
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
  row.done()
  row = cursor.row()
  ;['Scenario', 'Initiative', 'Id', ...SUMMARY_COLUMNS].forEach((h, i) => row.text(i + 1, h, styles.header))
  row.done()

  const money = styles.computed.money
  const initiativeRows: number[][] = []
  for (const { scenario, refs, layout } of entries) {
    const rowsOfScenario: number[] = []
    initiativeRows.push(rowsOfScenario)
    const H = layout.months
    const range = (r: number | undefined): string => rowRange(layout.sheet, r ?? 0, MONTH_COL, MONTH_COL + H - 1)
    const monthIndexes = rowRange(layout.sheet, T_ROW, MONTH_COL, MONTH_COL + H - 1)
    const launches = refs.initiatives.map((r) => r.launchMonth)
    const onAssumptions = launches.every((l) => l.startsWith(sheetPrefix(ASSUMPTIONS)))
    const firstLaunch =
      launches.length === 0
        ? '0'
        : onAssumptions
          ? `MAX(0,MIN(${launches[0]}:${(launches[launches.length - 1] ?? '').slice(sheetPrefix(ASSUMPTIONS).length)}))`
          : String(Math.max(0, Math.min(...scenario.compiled.initiatives.map((i) => i.launchMonth))))

    const write = (
      who: string,
      id: string,
      rows: Partial<Record<string, number>>,
      totals: Totals,
      from: string,
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
        F.paybackFormula(monthIndexes, range(rows.cumulativeNet), from),
        totals.paybackMonth,
        styles.computed.integer,
      )
      if (unit) {
        const cost = range(rows.totalCost)
        const queries = range(rows.queries)
        r.formula(
          col(k + 6),
          F.unitCostFormula(cost, queries, unit.firstMonth),
          unit.first.fullPerQuery,
          styles.computed.decimal,
        )
        r.formula(
          col(k + 7),
          F.unitCostFormula(cost, queries, String(H - 1)),
          unit.last.fullPerQuery,
          styles.computed.decimal,
        )
      }
      r.done()
    }

    write(PORTFOLIO_ROW_NAME, '', layout.portfolio, scenario.result.totals, firstLaunch, null)
    scenario.result.initiatives.forEach((res, i) => {
      const rows = layout.initiatives[i]
      const launch = refs.initiatives[i]?.launchMonth ?? '0'
      const firstMonth = `MAX(${launch},0)`
      rowsOfScenario.push(rows ? cursor.rowNumber : 0)
      if (!rows) return
      write(portfolio.initiatives[i]?.name ?? res.id, res.id, rows, res.totals, firstMonth, {
        first: res.unitFirst,
        last: res.unitLast,
        firstMonth,
      })
    })
    cursor.skip()
  }
  cursor.end()
  return { initiativeRows, totalCostCol: SUMMARY_FIRST_COL + DRIVERS.length }
}
