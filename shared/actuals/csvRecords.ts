import { parseCsv } from '../imports/csv'

/** One CSV record: its cells and its number as a spreadsheet shows it (the header is 1). */
export type CsvRecordHandler = (cells: string[], row: number) => void

const QUOTE = 34
const LF = 10
const CR = 13

/** Records parsed from one block, the app's CSV reader doing the parsing. */
type BlockResult =
  | { ok: true; rows: { number: number; cells: string[] }[]; delimiter: string }
  | { ok: false; message: string }

/**
 * The one place actuals parse delimited text: blocks of whole records go to the app's CSV reader
 * (shared/imports/csv.ts), so a change of that reader changes this function only.
 */
function parseBlock(text: string): BlockResult {
  return parseCsv(text, Number.MAX_SAFE_INTEGER)
}

/** A header line that parses back to the same cells with the same delimiter. */
const headerLine = (cells: readonly string[], delimiter: string): string =>
  cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter)

/**
 * Reads CSV text given in chunks of any size: each chunk is cut after its last complete record
 * (a line break outside quotes), the whole records are parsed and handed on, and the rest waits
 * for the next chunk. Memory holds one chunk and one partial record, never the file; row numbers
 * are those of the whole file.
 */
export class CsvRecordStream {
  private pending = ''
  /** Scan position in `pending`, whether it is inside quotes there, and the last record end found. */
  private scanned = 0
  private quoted = false
  private lastEnd = -1
  private endsFound = 0
  /** Records before `pending` (the header counts one). */
  private recordsBefore = 0
  private header: { cells: string[]; delimiter: string; line: string } | null = null
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
    this.pending += this.pending === '' && this.recordsBefore === 0 ? chunk.replace(/^\uFEFF/, '') : chunk
    this.scan()
    if (this.lastEnd >= 0) this.flush(this.lastEnd + 1, this.endsFound)
  }

  end(): void {
    if (this.failed) return
    if (this.pending !== '') this.flush(this.pending.length, this.endsFound + 1)
  }

  /** Finds record ends (LF, or CR not followed by LF) outside quotes in the unscanned part. */
  private scan(): void {
    const text = this.pending
    for (let i = this.scanned; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === QUOTE) this.quoted = !this.quoted
      else if (!this.quoted && (c === LF || (c === CR && i + 1 < text.length && text.charCodeAt(i + 1) !== LF))) {
        this.lastEnd = i
        this.endsFound++
      }
    }
    // A CR at the very end may be the first half of CRLF: look at it again with the next chunk.
    this.scanned = text.length > 0 && text.charCodeAt(text.length - 1) === CR ? text.length - 1 : text.length
  }

  private flush(upTo: number, records: number): void {
    const block = this.pending.slice(0, upTo)
    this.pending = this.pending.slice(upTo)
    this.scanned = Math.max(0, this.scanned - upTo)
    this.lastEnd = -1
    this.endsFound = 0
    if (this.header === null) this.readFirst(block)
    else this.readBlock(block)
    this.recordsBefore += records
  }

  private readFirst(block: string): void {
    const parsed = parseBlock(block)
    if (!parsed.ok) {
      this.failed = parsed.message
      return
    }
    const [first, ...rest] = parsed.rows
    if (!first) return
    this.header = { cells: first.cells, delimiter: parsed.delimiter, line: headerLine(first.cells, parsed.delimiter) }
    this.onHeader(first.cells, first.number)
    for (const r of rest) this.onRecord(r.cells, r.number)
  }

  private readBlock(block: string): void {
    const header = this.header as { line: string }
    const parsed = parseBlock(`${header.line}\n${block}`)
    if (!parsed.ok) {
      this.failed = parsed.message.replace(/Row (\d+)/g, (_, n: string) => `Row ${Number(n) - 1 + this.recordsBefore}`)
      return
    }
    for (const r of parsed.rows.slice(1)) this.onRecord(r.cells, r.number - 1 + this.recordsBefore)
  }
}
