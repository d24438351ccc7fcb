import type ExcelJS from 'exceljs'
import { neutraliseText } from '../../../shared/exports/neutralise'

/**
 * Writing cells: every text goes through the OWASP neutralisation, numbers stay
 * numbers, formulas carry the engine's result so viewers that do not recalculate
 * still show the right figure.
 */
export type Plain = string | number | null

export function setText(cell: ExcelJS.Cell, text: string, style?: Partial<ExcelJS.Style>): void {
  // Excel caps a cell at 32,767 characters; longer text would trigger a repair prompt.
  cell.value = neutraliseText(text).slice(0, 32_767)
  if (style) cell.style = style
}

export function setNumber(cell: ExcelJS.Cell, value: number | null, style?: Partial<ExcelJS.Style>): void {
  cell.value = value === null || !Number.isFinite(value) ? null : value
  if (style) cell.style = style
}

export function setPlain(cell: ExcelJS.Cell, value: Plain, style?: Partial<ExcelJS.Style>): void {
  if (typeof value === 'string') setText(cell, value, style)
  else setNumber(cell, value, style)
}

/** A formula with its cached result; a null result (the engine's "no value") is an empty string. */
export function setFormula(
  cell: ExcelJS.Cell,
  formula: string,
  result: number | null,
  style?: Partial<ExcelJS.Style>,
): void {
  cell.value = { formula, result: result === null ? '' : result }
  if (style) cell.style = style
}

/**
 * Writes a row of month formulas as one shared formula: the master in the first
 * month column, the rest refer to it. Shared formulas keep a 4-million-cell
 * workbook small; references in the master are column-relative where they must move.
 */
export function setSharedRow(
  row: ExcelJS.Row,
  fromCol: number,
  formula: string,
  results: ArrayLike<number>,
  style: Partial<ExcelJS.Style>,
  masterAddress: string,
  rangeRef: string,
): void {
  const n = results.length
  if (n === 0) return
  const master = row.getCell(fromCol)
  if (n === 1) {
    master.value = { formula, result: results[0] ?? 0 }
  } else {
    // exceljs reads shareType/ref from the value although its typings omit them.
    const shared: ExcelJS.CellFormulaValue & { shareType: 'shared'; ref: string } = {
      formula,
      result: results[0] ?? 0,
      shareType: 'shared',
      ref: rangeRef,
    }
    master.value = shared
  }
  master.style = style
  for (let i = 1; i < n; i++) {
    const cell = row.getCell(fromCol + i)
    cell.value = { sharedFormula: masterAddress, result: results[i] ?? 0 }
    cell.style = style
  }
}
