/** A1-style references for formulas written into exported workbooks. */

const NAMES: string[] = []

/** Column letters of a 1-based column number: 1 -> A, 27 -> AA (memoised: exports ask millions of times). */
export function columnName(col: number): string {
  const known = NAMES[col]
  if (known !== undefined) return known
  const name = computeColumnName(col)
  if (col >= 0 && col <= 16_384) NAMES[col] = name
  return name
}

function computeColumnName(col: number): string {
  let n = col
  let name = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    name = String.fromCharCode(65 + rem) + name
    n = Math.floor((n - 1) / 26)
  }
  return name
}

/** A sheet name as a formula prefix, always quoted so spaces and dashes are safe. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`
}

/** Fully absolute reference, e.g. 'Assumptions'!$C$12. */
export function absRef(sheet: string | null, row: number, col: number): string {
  return `${sheet === null ? '' : sheetPrefix(sheet)}$${columnName(col)}$${row}`
}

/** Row-absolute, column-relative: the same month column on another row (shared formulas copy it along). */
export function monthRef(sheet: string | null, row: number, col: number): string {
  return `${sheet === null ? '' : sheetPrefix(sheet)}${columnName(col)}$${row}`
}

/** A row range over columns from..to, absolute. */
export function rowRange(sheet: string | null, row: number, fromCol: number, toCol: number): string {
  return `${sheet === null ? '' : sheetPrefix(sheet)}$${columnName(fromCol)}$${row}:$${columnName(toCol)}$${row}`
}

/** A column range over rows from..to in the month column (row-absolute, column-relative). */
export function columnRange(sheet: string | null, col: number, fromRow: number, toRow: number): string {
  return `${sheet === null ? '' : sheetPrefix(sheet)}${columnName(col)}$${fromRow}:${columnName(col)}$${toRow}`
}

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  // Excel refuses a name ending in an apostrophe; one ending in a space reads as a typo. Both are
  // trimmed again after the cut, which can leave either at the end.
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^[\s']+/, '')
      .slice(0, 31)
      .replace(/[\s']+$/, '') || 'Sheet'
  let candidate = base
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`
    candidate = base.slice(0, 31 - suffix.length).replace(/[\s']+$/, '') + suffix
  }
  return candidate
}
