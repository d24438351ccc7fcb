import { MAX_FIELD_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './limits'

/** One record and its number as a spreadsheet shows it (the header is 1; blank lines count but are not kept). */
interface CsvRow {
  number: number
  cells: string[]
}

export type CsvResult = { ok: true; rows: CsvRow[]; delimiter: string } | { ok: false; message: string }

/** Delimiters a spreadsheet may write: Excel in many European locales saves ";" and "Unicode text" saves tabs. */
const DELIMITERS = [',', ';', '\t'] as const

/** The delimiter the header line uses most, outside quotes; "," when it holds none. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]))
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ''
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '\n' || c === '\r')) break
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let best = ','
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  return best
}

const rowLabel = (line: number): string => `Row ${line}`

/** How delimited text is read: a file to import is strict; text pasted from a spreadsheet is not. */
export interface DelimitedOptions {
  /** The delimiter; omitted = the one the header line uses most (",", ";" or tab). */
  delimiter?: string
  /**
   * 'strict' (files): a quote inside an unquoted cell, text after a closing quote or an unclosed
   * quote is refused, naming the row. 'lenient' (the clipboard): such quotes are kept as text.
   */
  quotes?: 'strict' | 'lenient'
  /** Blank lines: 'skip' (files; spreadsheets add them at the end) or 'keep' (a pasted empty row). */
  blankLines?: 'skip' | 'keep'
  /** Data rows read at most (the header aside); more is refused. */
  maxDataRows?: number
}

/**
 * Parses a CSV file to import: RFC 4180, the delimiter detected from the header line, strict
 * quotes, blank lines skipped, at most `maxDataRows` data rows.
 */
export function parseCsv(input: string, maxDataRows = MAX_IMPORT_ROWS): CsvResult {
  return parseDelimited(input, { maxDataRows })
}

/**
 * Parses delimited text per RFC 4180: quoted fields may hold the delimiter, quotes ("" inside quotes) and
 * line breaks; CRLF, LF and CR all end a record; a UTF-8 byte-order mark is dropped. Stops at the
 * first broken limit (rows, columns, field length), so a hostile file costs at most maxDataRows
 * rows of work. Row numbers in messages are the record's number as a spreadsheet shows it (header = 1).
 * The one reader of delimited text: CSV import, actuals files, the grid's paste (tab-separated) and the tests.
 */
export function parseDelimited(input: string, options: DelimitedOptions = {}): CsvResult {
  const maxDataRows = options.maxDataRows ?? MAX_IMPORT_ROWS
  const strict = (options.quotes ?? 'strict') === 'strict'
  const keepBlank = options.blankLines === 'keep'
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const delimiter = options.delimiter ?? detectDelimiter(text)
  const rows: CsvRow[] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let fieldStartedQuoted = false
  let record = 1

  const endField = (): string | null => {
    if (field.length > MAX_FIELD_CHARS) {
      return `${rowLabel(record)}, column ${row.length + 1}: a cell holds ${field.length.toLocaleString('en-US')} characters; the most is ${MAX_FIELD_CHARS.toLocaleString('en-US')}.`
    }
    row.push(field)
    field = ''
    fieldStartedQuoted = false
    if (row.length > MAX_IMPORT_COLUMNS) {
      return `${rowLabel(record)}: more than ${MAX_IMPORT_COLUMNS} columns; ${MAX_IMPORT_COLUMNS} is the most read.`
    }
    return null
  }
  const endRecord = (): string | null => {
    const problem = endField()
    if (problem) return problem
    // A record of one empty field is a blank line.
    if (keepBlank || !(row.length === 1 && row[0] === '')) rows.push({ number: record, cells: row })
    row = []
    record++
    if (rows.length > maxDataRows + 1) {
      return `The file has more than ${maxDataRows.toLocaleString('en-US')} data rows (a portfolio holds at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} initiatives). Split it into smaller files.`
    }
    return null
  }

  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        // A line break inside quotes stays in the cell: the record (the spreadsheet row) goes on.
        field += c
      }
      if (field.length > MAX_FIELD_CHARS) {
        return {
          ok: false,
          message: `${rowLabel(record)}, column ${row.length + 1}: a cell holds more than ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters (the most).`,
        }
      }
      continue
    }
    if (c === '"' && field === '' && !fieldStartedQuoted) {
      quoted = true
      fieldStartedQuoted = true
    } else if (c === '"' && strict) {
      return {
        ok: false,
        message: `${rowLabel(record)}, column ${row.length + 1}: a quote (") inside an unquoted cell; quote the whole cell and double the quote ("").`,
      }
    } else if (c === delimiter) {
      const problem = endField()
      if (problem) return { ok: false, message: problem }
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++
      const problem = endRecord()
      if (problem) return { ok: false, message: problem }
    } else {
      if (fieldStartedQuoted && strict) {
        return {
          ok: false,
          message: `${rowLabel(record)}, column ${row.length + 1}: text after a closing quote; a quoted cell must end at its closing quote.`,
        }
      }
      field += c
      if (field.length > MAX_FIELD_CHARS) {
        return {
          ok: false,
          message: `${rowLabel(record)}, column ${row.length + 1}: a cell holds more than ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters (the most).`,
        }
      }
    }
  }
  if (quoted && strict) {
    return { ok: false, message: `${rowLabel(record)}: a quoted cell is never closed (a " is missing).` }
  }
  if (field !== '' || row.length > 0 || fieldStartedQuoted) {
    const problem = endRecord()
    if (problem) return { ok: false, message: problem }
  }
  return { ok: true, rows, delimiter }
}
