import ExcelJS from 'exceljs'
import { MAX_FIELD_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../shared/imports/limits'
import type { Cell, SheetRow } from '../../shared/imports/table'
import { checkZip } from './zipGuard'

export type XlsxRows = { ok: true; rows: SheetRow[]; sheets: string[]; sheet: string } | { ok: false; message: string }

const isoDate = (d: Date): string => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10))

/** A cell as import reads it: numbers stay numbers, dates become YYYY-MM-DD, a formula gives its saved result. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return isoDate(value)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return value.text
  if ('error' in value) return value.error
  if ('result' in value) return value.result === undefined ? '' : cellOf(value.result)
  // A formula saved without its result: nothing to read (the import does not recalculate).
  return ''
}

/**
 * Rows of one worksheet of an XLSX file, after checkZip has refused zip bombs and oversize content.
 * The sheet is `sheetName`, or the first worksheet holding any cell.
 */
export async function readXlsxRows(bytes: Buffer, fileName: string, sheetName?: string): Promise<XlsxRows> {
  const zip = checkZip(bytes, fileName)
  if (!zip.ok) return zip
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs's typings want its own Buffer type; the bytes are a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch (e) {
    return {
      ok: false,
      message: `"${fileName}" is not a workbook this app can read (${e instanceof Error ? e.message : String(e)}).`,
    }
  }
  const sheets = workbook.worksheets.map((w) => w.name)
  const sheet =
    sheetName === undefined ? workbook.worksheets.find((w) => w.actualRowCount > 0) : workbook.getWorksheet(sheetName)
  if (!sheet) {
    if (sheetName !== undefined) {
      return {
        ok: false,
        message: `"${fileName}" has no sheet named "${sheetName}" (it has ${sheets.map((s) => `"${s}"`).join(', ')}).`,
      }
    }
    return { ok: false, message: `"${fileName}" holds no cells: the first row of a sheet must name the columns.` }
  }
  if (sheet.actualColumnCount > MAX_IMPORT_COLUMNS) {
    return {
      ok: false,
      message: `Sheet "${sheet.name}" has ${sheet.actualColumnCount} columns; the most an import reads is ${MAX_IMPORT_COLUMNS}.`,
    }
  }
  // Header plus the most data rows; the table check then gives the exact count in its message.
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    return {
      ok: false,
      message: `Sheet "${sheet.name}" has ${sheet.actualRowCount.toLocaleString('en-US')} rows; a portfolio holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} initiatives. Split it into smaller files.`,
    }
  }
  const rows: SheetRow[] = []
  let problem: string | null = null
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (problem) return
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cellOf(cell.value)
      if (typeof value === 'string' && value.length > MAX_FIELD_CHARS) {
        problem ??= `Row ${number}, column ${column}: a cell holds ${value.length.toLocaleString('en-US')} characters; the most is ${MAX_FIELD_CHARS.toLocaleString('en-US')}.`
      }
      cells[column - 1] = value
    })
    rows.push({ number, cells: Array.from(cells, (c) => c ?? '') })
  })
  if (problem) return { ok: false, message: problem }
  return { ok: true, rows, sheets, sheet: sheet.name }
}
