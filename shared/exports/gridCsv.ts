import { CSV_BOM, encodeRow, type CsvValue } from './csv'

/**
 * A grid as the user sees it (its visible columns, rows filtered and sorted) as RFC 4180 CSV:
 * a byte-order mark and a header line of the column titles, then one record per row, CRLF after each. Text is
 * neutralised against formula injection; numbers stay numbers. The renderer (browser download)
 * and the main process ('export:grid') call this same function, so both give the same bytes.
 * Rows shorter than the header get empty fields; longer rows are cut to the header's width.
 */
export function gridCsv(columns: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const width = columns.length
  const parts: string[] = [CSV_BOM + encodeRow(columns) + '\r\n']
  for (const row of rows) {
    const cells: CsvValue[] = []
    for (let c = 0; c < width; c++) cells.push(row[c])
    parts.push(encodeRow(cells) + '\r\n')
  }
  return parts.join('')
}
