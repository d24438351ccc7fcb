import { suggestMapping } from './headerMatch'
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

/** Rows searched for a header row below other content (a title, settings) before the first row is taken. */
const HEADER_SEARCH_ROWS = 60

/** A row that names the Name column and at least one other field reads as a table's header. */
function looksLikeHeader(row: SheetRow): boolean {
  const mapped = suggestMapping(row.cells.map((c) => cellText(c).trim())).filter((f) => f !== null)
  return mapped.includes('name') && mapped.length >= 2
}

/**
 * Finds the header and the data rows. Usually the first non-blank row is the header and blank rows
 * under it are skipped. When the first row does not name a Name column, a header row further down (within
 * 60 rows) is looked for, as in a sheet with a title or settings above a table (the Assumptions sheet of
 * the app's XLSX export): that table ends at its first blank row.
 */
export function toTable(rows: readonly SheetRow[]): TableResult {
  const nonBlank = rows.flatMap((r, i) => (isBlank(r) ? [] : [i]))
  const first = nonBlank[0]
  if (first === undefined) return { ok: false, message: 'The file holds no rows: the first row must name the columns.' }
  const firstIsHeader = looksLikeHeader(rows[first] as SheetRow)
  const found = firstIsHeader
    ? first
    : nonBlank.slice(0, HEADER_SEARCH_ROWS).find((i) => looksLikeHeader(rows[i] as SheetRow))
  const headerAt = found ?? first
  const header = rows[headerAt] as SheetRow
  const after = rows.slice(headerAt + 1)
  const embedded = headerAt !== first
  // XLSX leaves blank rows out entirely, so a gap in the row numbers is a blank row too.
  const end = embedded
    ? after.findIndex((r, k) => isBlank(r) || r.number !== (k === 0 ? header.number : (after[k - 1]?.number ?? 0)) + 1)
    : -1
  const data = (end < 0 ? after : after.slice(0, end)).filter((r) => !isBlank(r))
  const blankRows = embedded ? 0 : after.length - data.length
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
