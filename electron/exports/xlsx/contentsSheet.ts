import type ExcelJS from 'exceljs'
import { printSetup, setPrintArea } from './printSetup'
import { linkToSheet, SheetWriter, wrappedLines } from './sheetWriter'
import type { WorkbookStyles } from './styles'

export const CONTENTS_SHEET = 'Contents'
const WHAT_WIDTH = 64

/** One sheet of the workbook as the contents list it. */
export interface ContentsEntry {
  sheet: string
  what: string
}

/** A defined name and what it holds. */
export interface NamedInput {
  name: string
  what: string
}

/** The contents: every sheet with a link to it and what it holds, then the workbook's named inputs. */
export function writeContents(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  entries: readonly ContentsEntry[],
  names: readonly NamedInput[],
  styles: WorkbookStyles,
): void {
  const sheet = workbook.addWorksheet(CONTENTS_SHEET, printSetup('portrait', 0))
  sheet.columns = [{ width: 30 }, { width: WHAT_WIDTH }]
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, 'Contents', styles.title)
  row.done()
  row = cursor.row()
  row.text(1, 'Click a sheet’s name to go to it.', styles.note)
  row.done()
  cursor.skip()
  row = cursor.row()
  row.text(1, 'Sheet', styles.header)
  row.text(2, 'What it holds', styles.header)
  row.done()
  for (const entry of entries) {
    row = cursor.row()
    row.text(1, entry.sheet, styles.link)
    row.text(2, entry.what, styles.wrapped)
    row.lines(wrappedLines(entry.what, WHAT_WIDTH))
    row.done()
    linkToSheet(sheet, `A${row.number}`, entry.sheet)
  }
  cursor.skip()
  row = cursor.row()
  row.text(1, 'Named inputs (Formulas → Name Manager)', styles.section)
  row.done()
  row = cursor.row()
  row.text(1, 'Name', styles.header)
  row.text(2, 'What it holds', styles.header)
  row.done()
  for (const named of names) {
    row = cursor.row()
    row.text(1, named.name)
    row.text(2, named.what, styles.wrapped)
    row.lines(wrappedLines(named.what, WHAT_WIDTH))
    row.done()
  }
  setPrintArea(sheet, 2, cursor.rowNumber - 1)
  cursor.end()
}
