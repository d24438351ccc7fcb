import type ExcelJS from 'exceljs'
import type { Portfolio } from '../../../shared/model'
import { formatDate, formatIsoMonth } from '../../../shared/display/dates'
import { printSetup, setPrintArea } from './printSetup'
import { mergeCells, SheetWriter, wrappedLines } from './sheetWriter'
import type { WorkbookStyles } from './styles'

export const COVER_SHEET = 'Cover'
/** Width of the first column: labels, scenario and model names. */
const NAME_WIDTH = 32

/** The cover: what this workbook is, when it was exported, which scenarios, and how old the prices are. */
export function writeCover(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  scenarios: readonly { name: string; description?: string }[],
  exportedOn: string,
  styles: WorkbookStyles,
): void {
  const sheet = workbook.addWorksheet(COVER_SHEET, printSetup('landscape', 0))
  sheet.columns = [{ width: NAME_WIDTH }, { width: 30 }, { width: 20 }, { width: 54 }]
  const cursor = new SheetWriter(sheet, styles.ids)
  const line = (label: string, value: string | number, style?: Partial<ExcelJS.Style>): void => {
    const r = cursor.row()
    r.text(1, label, styles.section)
    // Numbers sit at the left like the texts above and below them.
    if (typeof value === 'number') r.value(2, value, { ...style, alignment: { horizontal: 'left' } })
    else r.text(2, value, style)
    r.done()
  }
  const { settings } = portfolio
  let r = cursor.row()
  r.text(1, `${settings.name}: AI portfolio economics`, styles.title)
  r.done()
  cursor.skip()
  line('Exported on', formatDate(exportedOn))
  line('Currency', settings.currency)
  line('Horizon', `${settings.horizonMonths} months from ${formatIsoMonth(settings.startMonth)}`)
  line('Annual discount rate', settings.discountRateAnnual, styles.computed.percent)
  line('Initiatives', portfolio.initiatives.length, styles.computed.integer)
  cursor.skip()
  r = cursor.row()
  r.text(1, 'Scenarios included', styles.section)
  r.done()
  for (const sc of scenarios) {
    r = cursor.row()
    // The description runs across the table's columns to its right.
    r.text(1, sc.name, styles.wrapped)
    r.text(2, sc.description ?? '', styles.wrapped)
    r.lines(Math.max(wrappedLines(sc.name, NAME_WIDTH), wrappedLines(sc.description ?? '', 100)))
    r.done()
    mergeCells(sheet, `B${r.number}:D${r.number}`)
  }
  cursor.skip()
  r = cursor.row()
  ;['Model', 'Provider', 'Prices as of', 'Source of the latest price'].forEach((h, i) =>
    r.text(i + 1, h, styles.header),
  )
  r.done()
  for (const model of portfolio.priceBook) {
    const dates = model.prices.map((p) => p.effectiveFrom).sort()
    const latest = model.prices.find((p) => p.effectiveFrom === dates[dates.length - 1])
    const asOf = dates.length ? dates.map(formatDate).join(', ') : 'unpriced'
    const source = latest?.source ?? ''
    r = cursor.row()
    r.text(1, model.name, styles.wrapped)
    r.text(2, model.provider, styles.wrapped)
    r.text(3, asOf, styles.wrapped)
    r.text(4, source, styles.wrapped)
    r.lines(Math.max(wrappedLines(asOf, 20), wrappedLines(source, 54)))
    r.done()
  }
  cursor.skip()
  r = cursor.row()
  r.text(
    1,
    'Every projection and summary figure is a formula over the Assumptions, Prices by month and levers sheets; cached values are the app’s engine results. See “How this workbook works”.',
    styles.note,
  )
  r.done()
  setPrintArea(sheet, 4, cursor.rowNumber - 1)
  cursor.end()
}
