import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './limits'

/**
 * A cell as read from the file: CSV gives text; XLSX keeps numbers as numbers (no locale guessing)
 * and gives dates as ISO text (YYYY-MM-DD).
 */
export type Cell = string | number

export interface SheetRow {
  /** Row number as the spreadsheet shows it (header = 1 when the header is the first row). */
  number: number
  cells: Cell[]
}

/** The header row and the data rows under it. */
export interface Table {
  headers: string[]
  rows: SheetRow[]
  /** Blank rows between data rows that were skipped. */
  blankRows: number
}

export type TableResult = { ok: true; table: Table } | { ok: false; message: string }

export const cellText = (cell: Cell | undefined): string =>
  cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell

const isBlank = (row: SheetRow): boolean => row.cells.every((c) => cellText(c).trim() === '')

/** The first non-blank row is the header; blank rows after it are skipped and counted. */
export function toTable(rows: readonly SheetRow[]): TableResult {
  const headerAt = rows.findIndex((r) => !isBlank(r))
  const header = rows[headerAt]
  if (!header) return { ok: false, message: 'The file holds no rows: the first row must name the columns.' }
  const data = rows.slice(headerAt + 1).filter((r) => !isBlank(r))
  const blankRows = rows.length - headerAt - 1 - data.length
  if (data.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `The file has ${data.length.toLocaleString('en-US')} data rows; a portfolio holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} initiatives. Split it into smaller files.`,
    }
  }
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length))
  if (width > MAX_IMPORT_COLUMNS) {
    return { ok: false, message: `The file has ${width} columns; the most an import reads is ${MAX_IMPORT_COLUMNS}.` }
  }
  const headers = Array.from({ length: header.cells.length }, (_, i) => cellText(header.cells[i]).trim())
  return { ok: true, table: { headers, rows: data, blankRows } }
}
