import { parseDelimited } from '../../../../shared/imports/csv'

/**
 * The records of a CSV file the app exported, read by the app's one delimited-text reader: strict
 * RFC 4180 with "," (a broken quote fails the test), the byte-order mark dropped, every line kept.
 */
export function parseCsv(text: string): string[][] {
  const r = parseDelimited(text, { delimiter: ',', blankLines: 'keep', maxDataRows: Infinity })
  if (!r.ok) throw new Error(`The exported CSV does not read back: ${r.message}`)
  return r.rows.map((row) => row.cells)
}
