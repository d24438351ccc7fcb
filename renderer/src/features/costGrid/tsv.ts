import { parseDelimited, type CsvResult } from '../../../../shared/imports/csv'

/**
 * Tab-separated text as Excel and Google Sheets put it on the clipboard: rows end in CRLF or LF
 * (a final line break is not an extra row), cells holding a tab, a line break or a quote are
 * quoted with doubled quotes inside. Read by the one delimited-text reader, leniently: a stray
 * quote is text, and an empty row stays a row.
 */
export function parseTsv(text: string): CsvResult {
  return parseDelimited(text, { delimiter: '\t', quotes: 'lenient', blankLines: 'keep', maxDataRows: Infinity })
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t')).join('\r\n')
}
