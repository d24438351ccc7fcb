import type ExcelJS from 'exceljs'
import type { Portfolio } from '../../../shared/model'
import { setNumber, setText } from './cells'
import { SheetCursor } from './sheetCursor'
import type { WorkbookStyles } from './styles'

/** The cover: what this workbook is, when it was exported, which scenarios, and how old the prices are. */
export function writeCover(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolio: Portfolio,
  scenarios: readonly { name: string; description?: string }[],
  exportedOn: string,
  styles: WorkbookStyles,
): void {
  const sheet = workbook.addWorksheet('Cover')
  sheet.columns = [{ width: 30 }, { width: 40 }, { width: 16 }, { width: 60 }]
  const cursor = new SheetCursor(sheet)
  const line = (label: string, value: string | number, style?: Partial<ExcelJS.Style>): void => {
    const r = cursor.row()
    setText(r.getCell(1), label, styles.section)
    if (typeof value === 'number') setNumber(r.getCell(2), value, style)
    else setText(r.getCell(2), value, style)
    cursor.commit(r)
  }
  const { settings } = portfolio
  let r = cursor.row()
  setText(r.getCell(1), `${settings.name}: AI portfolio economics`, styles.title)
  cursor.commit(r)
  cursor.skip()
  line('Exported on', exportedOn)
  line('Currency', settings.currency)
  line('Horizon', `${settings.horizonMonths} months from ${settings.startMonth}`)
  line('Annual discount rate', settings.discountRateAnnual, styles.computed.percent)
  line('Initiatives', portfolio.initiatives.length, styles.computed.integer)
  cursor.skip()
  r = cursor.row()
  setText(r.getCell(1), 'Scenarios included', styles.section)
  cursor.commit(r)
  for (const sc of scenarios) {
    r = cursor.row()
    setText(r.getCell(1), sc.name)
    setText(r.getCell(2), sc.description ?? '', styles.wrapped)
    cursor.commit(r)
  }
  cursor.skip()
  r = cursor.row()
  ;['Model', 'Provider', 'Prices as of', 'Source of the latest price'].forEach((h, i) => setText(r.getCell(i + 1), h, styles.header))
  cursor.commit(r)
  for (const model of portfolio.priceBook) {
    const dates = model.prices.map((p) => p.effectiveFrom).sort()
    const latest = model.prices.find((p) => p.effectiveFrom === dates[dates.length - 1])
    r = cursor.row()
    setText(r.getCell(1), model.name)
    setText(r.getCell(2), model.provider)
    setText(r.getCell(3), dates.length ? dates.join(', ') : 'unpriced')
    setText(r.getCell(4), latest?.source ?? '')
    cursor.commit(r)
  }
  cursor.skip()
  r = cursor.row()
  setText(
    r.getCell(1),
    'Every projection and summary figure is a formula over the Assumptions (and each scenario\'s Levers) sheet; cached values are the app\'s engine results.',
    styles.wrapped,
  )
  cursor.commit(r)
  sheet.commit()
}
