import { finiteOrThrow } from '../model/finiteNumber'
import { neutraliseText } from './neutralise'

/** A value of one CSV field: text is neutralised and quoted as needed; numbers stay numbers. */
export type CsvValue = string | number | boolean | null | undefined

export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => CsvValue
}

const NEEDS_QUOTES = /[",\r\n]/

/** RFC 4180 quoting: fields holding a comma, quote or line break are quoted, quotes doubled. */
function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * One field as CSV text. Numbers use JavaScript's shortest round-trip form, so a reader gets
 * back the exact double; NaN and Infinity (which the engine never produces) stop the export
 * with NonFiniteNumberError rather than write a field a spreadsheet would misread.
 */
export function encodeField(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(finiteOrThrow(value, 'A number of the CSV'))
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return quoteField(neutraliseText(value))
}

/**
 * Starts every CSV file we write: Excel reads a CSV without a byte-order mark in the system's
 * legacy code page, so "Café" or "−" would come out garbled; LibreOffice, Google Sheets and CSV
 * libraries (utf-8-sig) skip it.
 */
export const CSV_BOM = '\ufeff'

export function encodeRow(values: readonly CsvValue[]): string {
  return values.map(encodeField).join(',')
}

/** A whole grid as RFC 4180 CSV: a header line, CRLF after every record. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const parts: string[] = [CSV_BOM + encodeRow(columns.map((c) => c.header)) + '\r\n']
  for (const row of rows) parts.push(encodeRow(columns.map((c) => c.value(row))) + '\r\n')
  return parts.join('')
}
