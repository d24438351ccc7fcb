import type ExcelJS from 'exceljs'
import { ACTION_LABELS, QUADRANT_LABELS, type MatrixPoint } from '../../../shared/decisions'
import { absRef, columnName, sheetPrefix } from '../../../shared/exports/cellRef'
import { formatDate } from '../../../shared/display/dates'
import type { MatrixThresholds } from '../../../shared/model/strategy'
import { printSetup, setPrintArea } from './printSetup'
import { labelWidth, SheetWriter, wrappedLines } from './sheetWriter'
import type { SummaryLayout } from './summarySheet'
import type { WorkbookStyles } from './styles'

export const MATRIX_SHEET = 'Decision matrix'
/** Rows of the two thresholds (value in column B) and of the table's header. */
export const MATRIX_THRESHOLD_ROWS = { scaleEconomics: 3, strategic: 4 } as const
export const MATRIX_HEADER_ROW = 6
const ACTION_WIDTH = 20
const WHY_WIDTH = 44
const FLAGS_WIDTH = 36

const MATRIX_COLUMNS = [
  'Initiative',
  'Id',
  'Scale economics (x, -100..100)',
  'Strategic importance (y, 0..100)',
  'Horizon spend (bubble size)',
  'Quadrant',
  'Recommendation',
  'Why',
  'Governance flags',
  'Value growth per year',
  'Running-cost growth per year',
  'Cost per outcome, change per year',
  'All criteria scored',
] as const

/**
 * The quadrant of one row as a formula over its x and y cells and the threshold cells, so a
 * reader who moves a threshold sees the quadrants move (shared/decisions quadrantOf: at or above
 * a threshold counts as above). Blank when the initiative cannot be placed.
 */
function quadrantFormula(x: string, y: string, scaleThreshold: string, strategicThreshold: string): string {
  const q = QUADRANT_LABELS
  return (
    `IF(OR(${x}="",${y}=""),"",IF(${x}>=${scaleThreshold},` +
    `IF(${y}>=${strategicThreshold},"${q.double_down}","${q.harvest}"),` +
    `IF(${y}>=${strategicThreshold},"${q.fix}","${q.pull_back}")))`
  )
}

/**
 * The decision matrix of the baseline as a table (shared/decisions decisionMatrix): the axes,
 * spend as a formula over the Summary's horizon cost, the quadrant as a formula over the
 * thresholds, and the engine's recommendation with its reasons and the governance flags.
 */
export function writeMatrix(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  points: readonly MatrixPoint[],
  thresholds: MatrixThresholds,
  summary: SummaryLayout,
  exportedOn: string,
  styles: WorkbookStyles,
): void {
  const sheet = workbook.addWorksheet(MATRIX_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: MATRIX_HEADER_ROW }],
    ...printSetup('landscape', MATRIX_HEADER_ROW, { pagesWide: 2, titleColumns: 'A:B' }),
  })
  const widths = [
    labelWidth(
      points.map((p) => p.name),
      30,
      40,
    ),
    16,
    13,
    13,
    14,
    18,
    ACTION_WIDTH,
    WHY_WIDTH,
    FLAGS_WIDTH,
    12,
    12,
    12,
    10,
  ]
  sheet.columns = MATRIX_COLUMNS.map((_, i) => ({ width: widths[i] ?? 12 }))
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, `Decision matrix of the baseline (reviews judged as of ${formatDate(exportedOn)})`, styles.title)
  row.done()
  cursor.skip()
  const threshold = (label: string, value: number, name: string): string => {
    const r = cursor.row()
    r.text(1, label)
    r.value(2, value, styles.input.score)
    r.done()
    workbook.definedNames.add(`${sheetPrefix(MATRIX_SHEET)}$B$${r.number}`, name)
    return absRef(null, r.number, 2)
  }
  const scale = threshold('Scale-economics threshold', thresholds.scaleEconomics, 'MatrixScaleThreshold')
  const strategic = threshold('Strategic-importance threshold', thresholds.strategic, 'MatrixStrategicThreshold')
  cursor.skip()
  row = cursor.row()
  MATRIX_COLUMNS.forEach((h, i) => row.text(i + 1, h, styles.headerWrapped))
  row.lines(4)
  row.done()

  const summaryRows = summary.initiativeRows[0] ?? []
  const money = styles.computedTop.money
  points.forEach((p, i) => {
    const r = cursor.row()
    const n = r.number
    // Rows grow with the wrapped reasons and flags: every cell reads from the top.
    const top = styles.computedTop
    r.text(1, p.name, styles.textTop)
    r.text(2, p.id, styles.textTop)
    r.value(3, p.x, top.score)
    r.value(4, p.y, top.score)
    const summaryRow = summaryRows[i] ?? 0
    if (summaryRow > 0)
      r.formula(5, `${sheetPrefix('Summary')}$${columnName(summary.totalCostCol)}$${summaryRow}`, p.spend, money)
    else r.value(5, p.spend, money)
    r.textFormula(
      6,
      quadrantFormula(`C${n}`, `D${n}`, scale, strategic),
      p.quadrant ? QUADRANT_LABELS[p.quadrant] : '',
      styles.textTop,
    )
    // A long recommendation ("Prove value, then double down") wraps, beside its reasons on the same page.
    const action = ACTION_LABELS[p.recommendation.action]
    r.text(7, action, styles.wrapped)
    const why = p.recommendation.reasons.join('; ')
    const flags = p.flags.map((f) => f.message).join('; ')
    r.text(8, why, styles.wrapped)
    r.text(9, flags, styles.wrapped)
    r.value(10, p.economics?.valueGrowthPerYear ?? null, top.percent)
    r.value(11, p.economics?.costGrowthPerYear ?? null, top.percent)
    r.value(12, p.economics?.costPerOutcomeChangePerYear ?? null, top.percent)
    r.text(13, p.strategic.complete ? 'yes' : 'no', styles.textTop)
    r.lines(
      Math.max(wrappedLines(action, ACTION_WIDTH), wrappedLines(why, WHY_WIDTH), wrappedLines(flags, FLAGS_WIDTH)),
    )
    r.done()
  })
  setPrintArea(sheet, MATRIX_COLUMNS.length, cursor.rowNumber - 1)
  cursor.end()
}
