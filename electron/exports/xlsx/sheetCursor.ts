import type ExcelJS from 'exceljs'
import { columnName } from '../../../shared/exports/cellRef'
import { setSharedRow } from './cells'

/** The private counter of exceljs's streaming worksheet that numbers shared formulas. */
interface SharedFormulaCounter {
  _siFormulae?: unknown
}

/**
 * Writes a streamed worksheet row by row and commits each row as soon as it is
 * filled, so memory stays flat however large the sheet.
 *
 * exceljs 4.4's streaming writer restarts its shared-formula numbering at every row
 * (it copies the counter into per-row options and never copies it back), which would
 * give two rows the same shared-formula id. We carry the count forward ourselves.
 */
export class SheetCursor {
  private next = 1
  private sharedCount = 0

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  /** The row number the next call to row() returns. */
  get rowNumber(): number {
    return this.next
  }

  /** A fresh row; the previous one is committed. */
  row(): ExcelJS.Row {
    return this.sheet.getRow(this.next++)
  }

  skip(rows = 1): void {
    this.next += rows
  }

  /** Commits a filled row; call once per row() before taking the next. */
  commit(row: ExcelJS.Row, sharedRows = 0): void {
    row.commit()
    if (sharedRows > 0) {
      this.sharedCount += sharedRows
      const counter = this.sheet as unknown as SharedFormulaCounter
      if (typeof counter._siFormulae === 'number') counter._siFormulae = this.sharedCount
    }
  }

  /** A month row of one shared formula starting at fromCol; returns 1 if it used a shared formula. */
  sharedMonths(row: ExcelJS.Row, fromCol: number, formula: string, results: ArrayLike<number>, style: Partial<ExcelJS.Style>): number {
    const first = `${columnName(fromCol)}${row.number}`
    const last = `${columnName(fromCol + results.length - 1)}${row.number}`
    setSharedRow(row, fromCol, formula, results, style, first, `${first}:${last}`)
    return results.length > 1 ? 1 : 0
  }
}
