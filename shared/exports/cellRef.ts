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

/** Excel caps a sheet name at 31 characters. */
const SHEET_NAME_MAX = 31

/** Text cut to at most `max` characters at a word boundary, the cut marked with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const room = text.slice(0, max - 1)
  const space = room.lastIndexOf(' ')
  const cut = (space >= max / 2 ? room.slice(0, space) : room).replace(/[\s\-–,;:.]+$/, '')
  return `${cut}…`
}

/**
 * A readable sheet name, unique (case-insensitively) among `taken`: Excel forbids []:*?/\ and caps
 * names at 31 characters, so a long name is cut at a word with an ellipsis. Apostrophes become
 * typographic ones and "!" is dropped: both would have to be escaped in every reference, print
 * area and link to the sheet.
 */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
  const clean =
    name
      .replace(/[[\]:*?/\\!\u0000-\u001F\u007F]/g, ' ')
      .replace(/'/g, '’')
      .replace(/\s+/g, ' ')
      .trim() || 'Sheet'
  let candidate = shorten(clean, SHEET_NAME_MAX)
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`
    candidate = shorten(clean, SHEET_NAME_MAX - suffix.length) + suffix
  }
  return candidate
}
