import { parseCsv } from '../imports/csv'
import { MAX_FIELD_CHARS, MAX_IMPORT_COLUMNS } from './limits'

/** One CSV record: its cells and its number as a spreadsheet shows it (the header is 1). */
export type CsvRecordHandler = (cells: string[], row: number) => void

const QUOTE = 34
const LF = 10
const CR = 13
/** The longest record: every column at the longest cell, with its delimiters. */
const MAX_RECORD_CHARS = (MAX_FIELD_CHARS + 3) * MAX_IMPORT_COLUMNS

/**
 * Reads CSV text given in chunks of any size, record by record. The header (and with it the
 * delimiter: ",", ";" or tab) is read by the app's CSV reader, shared/imports/csv.ts; the rows
 * after it by `readRecords` below, which follows the same rules (RFC 4180; CRLF, LF or CR; the
 * field and column limits; the same messages) but cuts each cell out of the text once instead of
 * building it a character at a time, which at 200,000 rows is the difference between seconds and
 * a minute of garbage collection. When the app has one fast delimited-text reader, `readRecords`
 * is the one function to switch to it.
 *
 * Memory holds one chunk and one partial record, never the file; row numbers are the whole file's.
 */
export class CsvRecordStream {
  private pending = ''
  /** Row number of the record `pending` starts with. */
  private row = 1
  private delimiter = -1
  private failed: string | null = null

  constructor(
    private readonly onHeader: (cells: string[], row: number) => void,
    private readonly onRecord: CsvRecordHandler,
  ) {}

  get error(): string | null {
    return this.failed
  }

  push(chunk: string): void {
    if (this.failed) return
    this.pending += this.row === 1 && this.pending === '' ? chunk.replace(/^\uFEFF/, '') : chunk
    if (this.delimiter < 0 && !this.readHeader(false)) return this.checkLength()
    this.readRows(false)
    this.checkLength()
  }

  /**
   * A record longer than its most cells at their longest cannot be read, and waiting for its end
   * would read a hostile file (a quote never closed) over and over: it is refused here.
   */
  private checkLength(): void {
    if (!this.failed && this.pending.length > MAX_RECORD_CHARS)
      this.failed = `${rowLabel(this.row)}: a record runs past ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters (a quote is probably never closed).`
  }

  end(): void {
    if (this.failed) return
    if (this.delimiter < 0 && !this.readHeader(true)) return
    this.readRows(true)
  }

  /** The header: the first non-blank record, read by the app's CSV reader once it is complete. */
  private readHeader(final: boolean): boolean {
    const end = final ? this.pending.length : firstRecordEnd(this.pending)
    if (end < 0) return false
    const parsed = parseCsv(this.pending.slice(0, end), 1)
    if (!parsed.ok) {
      this.failed = parsed.message
      return false
    }
    const header = parsed.rows[0]
    if (!header) return false
    this.delimiter = parsed.delimiter.charCodeAt(0)
    this.row += header.number - 1
    this.onHeader(header.cells, this.row)
    this.pending = this.pending.slice(recordEndAfter(this.pending, end))
    this.row++
    return true
  }

  private readRows(final: boolean): void {
    const result = readRecords(this.pending, this.delimiter, this.row, final, this.onRecord)
    if (typeof result === 'string') {
      this.failed = result
      return
    }
    this.pending = this.pending.slice(result.consumed)
    this.row = result.row
  }
}

/** End of the first record that has text (a line break outside quotes after it), or -1. */
function firstRecordEnd(text: string): number {
  let quoted = false
  let seen = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) quoted = !quoted
    else if (!quoted && (c === LF || c === CR)) {
      if (seen && !(c === CR && i + 1 >= text.length)) return i
    } else seen = true
  }
  return -1
}

/** Position after the line break at `end` (CRLF counts as one). */
const recordEndAfter = (text: string, end: number): number =>
  end >= text.length ? end : text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1

const rowLabel = (row: number): string => `Row ${row}`

/**
 * Reads the whole records of `text` (all of it when `final`), handing each to `onRecord`.
 * Returns how far it read and the next row number, or the message of the first broken rule.
 */
export function readRecords(
  text: string,
  delimiter: number,
  firstRow: number,
  final: boolean,
  onRecord: CsvRecordHandler,
): { consumed: number; row: number } | string {
  const n = text.length
  const delimiterChar = String.fromCharCode(delimiter)
  // Where the next delimiter, line feed, carriage return and quote are (n when none is left):
  // found with indexOf, which runs far faster than a loop over characters.
  const next = (char: string, from: number): number => {
    const at = text.indexOf(char, from)
    return at < 0 ? n : at
  }
  let nextDelimiter = next(delimiterChar, 0)
  let nextLF = next('\n', 0)
  let nextCR = next('\r', 0)
  let nextQuote = next('"', 0)
  let i = 0
  let row = firstRow
  while (i < n) {
    const start = i
    const cells: string[] = []
    for (;;) {
      let cell: string
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1
        let parts = ''
        for (;;) {
          const q = text.indexOf('"', j)
          if (q < 0) {
            if (!final) return { consumed: start, row }
            return `${rowLabel(row)}: a quoted cell is never closed (a " is missing).`
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            parts += text.slice(j, q + 1)
            j = q + 2
            continue
          }
          if (q + 1 >= n && !final) return { consumed: start, row }
          cell = parts + text.slice(j, q)
          i = q + 1
          break
        }
        const after = text.charCodeAt(i)
        if (i < n && after !== delimiter && after !== LF && after !== CR)
          return `${rowLabel(row)}, column ${cells.length + 1}: text after a closing quote; a quoted cell must end at its closing quote.`
      } else {
        if (nextDelimiter < i) nextDelimiter = next(delimiterChar, i)
        if (nextLF < i) nextLF = next('\n', i)
        if (nextCR < i) nextCR = next('\r', i)
        if (nextQuote < i) nextQuote = next('"', i)
        const end = Math.min(nextDelimiter, nextLF, nextCR)
        if (nextQuote < end)
          return `${rowLabel(row)}, column ${cells.length + 1}: a quote (") inside an unquoted cell; quote the whole cell and double the quote ("").`
        cell = text.slice(i, end)
        i = end
      }
      if (cell.length > MAX_FIELD_CHARS)
        return `${rowLabel(row)}, column ${cells.length + 1}: a cell holds ${cell.length.toLocaleString('en-US')} characters; the most is ${MAX_FIELD_CHARS.toLocaleString('en-US')}.`
      cells.push(cell)
      if (cells.length > MAX_IMPORT_COLUMNS)
        return `${rowLabel(row)}: more than ${MAX_IMPORT_COLUMNS} columns; the most an import reads is ${MAX_IMPORT_COLUMNS}.`
      if (i >= n) {
        if (!final) return { consumed: start, row }
        break
      }
      const c = text.charCodeAt(i)
      if (c === delimiter) {
        i++
        if (i >= n && !final) return { consumed: start, row }
        continue
      }
      // A line break: CRLF is one; a CR at the end of a chunk may be half of one.
      if (c === CR) {
        if (i + 1 >= n && !final) return { consumed: start, row }
        i += text.charCodeAt(i + 1) === LF ? 2 : 1
      } else i++
      break
    }
    if (!(cells.length === 1 && cells[0] === '')) onRecord(cells, row)
    row++
  }
  return { consumed: i, row }
}
