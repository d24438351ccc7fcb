import type ExcelJS from 'exceljs'
import { columnName } from '../../../shared/exports/cellRef'
import { neutraliseText } from '../../../shared/exports/neutralise'
import { finiteOrThrow } from '../../../shared/model/finiteNumber'

/**
 * Writes worksheet rows as SpreadsheetML text straight into exceljs's streaming sheet.
 *
 * exceljs builds the package (workbook, styles, names, columns, frozen panes) but its
 * per-cell object model costs ~15 µs a cell: 4 million projection cells took 80 s.
 * Rows here are plain strings, about 20x faster, and memory stays flat because the
 * sheet's stream is drained as we go. Every text goes through the OWASP neutralisation,
 * numbers stay numbers, and each formula carries the engine's value as its cached result.
 */
interface StreamingInternals {
  /** exceljs's StreamBuf: write() returns a promise that settles once the zip has taken the chunk. */
  stream: { write(chunk: string | Buffer): unknown }
  startedData: boolean
  /** Makes the sheet refer to its notes (legacy drawing) when it is committed. */
  hasComments: boolean
  _sheetCommentsWriter: { addComments(comments: NoteModel[]): void }
  _writeColumns(): void
  _writeOpenSheetData(): void
}

/** A cell note as exceljs's comments writer takes it (what its Note class builds from a string). */
interface NoteModel {
  ref: string
  type: 'note'
  note: {
    texts: { text: string }[]
    margins: { insetmode: 'auto'; inset: number[] }
    protection: { locked: 'True'; lockText: 'True' }
    editAs: 'absolute'
  }
}

function noteModel(ref: string, text: string): NoteModel {
  return {
    ref,
    type: 'note',
    note: {
      texts: [{ text: text.replace(INVALID_XML, '') }],
      margins: { insetmode: 'auto', inset: [0.13, 0.13, 0.25, 0.25] },
      protection: { locked: 'True', lockText: 'True' },
      editAs: 'absolute',
    },
  }
}

interface StyleRegistry {
  addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Inputs in JavaScript's shortest round-trip form: the reader gets back the exact double. */
const num = (v: number): string => String(finiteOrThrow(v, 'A number of the workbook'))

/**
 * A formula's cached result to 15 significant digits (what Excel itself displays). Millions of
 * projection cells carry one; the shortest round-trip form (String(v)) cost over half of the
 * export's time, toPrecision about a third of it. Integers stay exact. Spreadsheets recalculate
 * from the exact inputs, so this only affects viewers that show cached values.
 */
export function cachedNumber(v: number): string {
  const abs = Math.abs(v)
  if (Number.isInteger(v) && abs <= 9_007_199_254_740_992) return String(v)
  // Next to the double range's ends, rounding to 15 digits could overflow or lose the value.
  // NaN and Infinity fail `abs <= 1e300` too, so the one check here costs the hot loop nothing.
  if (!(abs <= 1e300) || abs < 1e-300) return String(finiteOrThrow(v, 'A figure of the workbook'))
  const s = v.toPrecision(15)
  const e = s.indexOf('e')
  const mantissaEnd = e < 0 ? s.length : e
  if (s.indexOf('.') < 0 || s.charCodeAt(mantissaEnd - 1) !== 48) return s
  // toPrecision pads with zeros ("0.100000000000000"): drop them, and a bare decimal point.
  let end = mantissaEnd
  while (s.charCodeAt(end - 1) === 48) end--
  if (s.charCodeAt(end - 1) === 46) end--
  return e < 0 ? s.slice(0, end) : s.slice(0, end) + s.slice(e)
}

/** One style's id in styles.xml, registered once per style object. */
export class StyleIds {
  private readonly ids = new Map<Partial<ExcelJS.Style>, number>()
  constructor(private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter) {}

  of(style: Partial<ExcelJS.Style> | undefined): number {
    if (!style) return 0
    let id = this.ids.get(style)
    if (id === undefined) {
      // 2 = exceljs's ValueType.Number: formats a cell with no numFmt as General.
      id = (this.workbook as unknown as { styles: StyleRegistry }).styles.addStyleModel(style, 2)
      this.ids.set(style, id)
    }
    return id
  }
}

export class RowWriter {
  private xml = ''
  private lastCol = 0
  private heightAttr = ''
  private lineCount = 1
  private notes: NoteModel[] = []

  constructor(
    readonly number: number,
    private readonly styles: StyleIds,
    private readonly sheet: SheetWriter,
  ) {}

  private attrs(col: number, style: Partial<ExcelJS.Style> | undefined): string {
    if (col <= this.lastCol) throw new Error(`cells of row ${this.number} must be written left to right`)
    this.lastCol = col
    return `r="${columnName(col)}${this.number}"${this.styleAttr(style)}`
  }

  private styleAttr(style: Partial<ExcelJS.Style> | undefined): string {
    const s = this.styles.of(style)
    return s ? ` s="${s}"` : ''
  }

  text(col: number, text: string, style?: Partial<ExcelJS.Style>): this {
    // Excel caps a cell at 32,767 characters; longer text would make it repair the file.
    const safe = escapeXml(neutraliseText(text).slice(0, 32_767))
    this.xml += `<c ${this.attrs(col, style)} t="inlineStr"><is><t xml:space="preserve">${safe}</t></is></c>`
    return this
  }

  /** A number; null leaves the cell blank, NaN or Infinity stops the export (NonFiniteNumberError). */
  value(col: number, value: number | null, style?: Partial<ExcelJS.Style>): this {
    if (value === null) {
      if (style) this.xml += `<c ${this.attrs(col, style)}/>`
      return this
    }
    this.xml += `<c ${this.attrs(col, style)}><v>${num(value)}</v></c>`
    return this
  }

  /** A formula with its cached result; null (the engine's "no value") is cached as empty text. */
  formula(col: number, formula: string, result: number | null, style?: Partial<ExcelJS.Style>): this {
    const f = `<f>${escapeXml(formula)}</f>`
    if (result === null) this.xml += `<c ${this.attrs(col, style)} t="str">${f}<v></v></c>`
    else this.xml += `<c ${this.attrs(col, style)}>${f}<v>${cachedNumber(result)}</v></c>`
    return this
  }

  /** A formula whose result is text, with that text as its cached result (neutralised like any text cell). */
  textFormula(col: number, formula: string, result: string, style?: Partial<ExcelJS.Style>): this {
    const cached = escapeXml(neutraliseText(result).slice(0, 32_767))
    this.xml += `<c ${this.attrs(col, style)} t="str"><f>${escapeXml(formula)}</f><v>${cached}</v></c>`
    return this
  }

  /**
   * A run of month cells holding one shared formula: written in full once, in the first
   * cell, and referred to by the others (references move with the column like a fill right).
   */
  sharedMonths(fromCol: number, formula: string, results: ArrayLike<number>, style: Partial<ExcelJS.Style>): this {
    const n = results.length
    if (n === 1) return this.formula(fromCol, formula, results[0] ?? 0, style)
    if (n === 0) return this
    const si = this.sheet.nextSharedIndex()
    const ref = `${columnName(fromCol)}${this.number}:${columnName(fromCol + n - 1)}${this.number}`
    this.xml += `<c ${this.attrs(fromCol, style)}><f t="shared" ref="${ref}" si="${si}">${escapeXml(formula)}</f><v>${cachedNumber(results[0] ?? 0)}</v></c>`
    // The hot loop of a large export (millions of cells): plain concatenation, no checks per cell.
    const tail = `"${this.styleAttr(style)}><f t="shared" si="${si}"/><v>`
    const row = String(this.number)
    let xml = ''
    for (let i = 1; i < n; i++)
      xml += `<c r="${columnName(fromCol + i)}${row}${tail}${cachedNumber(results[i] ?? 0)}</v></c>`
    this.xml += xml
    this.lastCol = fromCol + n - 1
    return this
  }

  /** A note (comment) on the cell in column `col` of this row, shown when the reader hovers it. */
  note(col: number, text: string): this {
    this.notes.push(noteModel(`${columnName(col)}${this.number}`, text))
    return this
  }

  /**
   * Gives the row room for wrapped text of `lines` lines. Spreadsheets do not re-fit row heights
   * when they open a file, so wrapped text in a default-height row would be cut off.
   */
  lines(lines: number): this {
    if (lines > this.lineCount) {
      this.lineCount = lines
      this.heightAttr = ` ht="${Math.round(lines * LINE_POINTS)}" customHeight="1"`
    }
    return this
  }

  /**
   * A name in a column `width` characters wide (see labelWidth): one that would be cut at the
   * cell's edge wraps in `wrapStyle` instead, and the row grows to hold it.
   */
  label(col: number, text: string, width: number, wrapStyle: Partial<ExcelJS.Style>): this {
    if (text.length + 2 <= width) return this.text(col, text)
    this.lines(wrappedLines(text, width))
    return this.text(col, text, wrapStyle)
  }

  /** Adds the row to its sheet; call once, after its cells. */
  done(): void {
    this.sheet.append(this.xml ? `<row r="${this.number}"${this.heightAttr}>${this.xml}</row>` : '')
    this.sheet.addNotes(this.notes)
  }
}

const CHUNK = 1 << 20
/** Height of one line of 11-point text, in points. */
const LINE_POINTS = 15

/** A label column's width: its longest text's, within bounds (longer texts are cut at the cell's edge). */
export function labelWidth(texts: readonly string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...texts.map((t) => t.length + 2)))
}

/** Lines that `text` wraps to in a column `width` characters wide (a rough estimate), at most `max`. */
export function wrappedLines(text: string, width: number, max = 8): number {
  let lines = 0
  for (const paragraph of text.split('\n')) lines += Math.max(1, Math.ceil(paragraph.length / Math.max(1, width - 1)))
  return Math.min(max, lines)
}
const IN_FLIGHT = 4

export class SheetWriter {
  private next = 1
  private shared = 0
  /**
   * Rows are encoded into a byte chunk as they are done, and the chunk is handed to the zip
   * when full: joining a megabyte of small strings and encoding it again cost a third of a
   * large export. Each chunk is a fresh buffer, since the zip may still hold the previous one.
   */
  private chunk: Buffer = Buffer.allocUnsafe(CHUNK)
  private used = 0
  /** Chunks handed to the zip and not yet taken. */
  private pending: unknown[] = []
  private readonly internals: StreamingInternals

  constructor(
    readonly sheet: ExcelJS.Worksheet,
    private readonly styles: StyleIds,
  ) {
    this.internals = sheet as unknown as StreamingInternals
    if (
      typeof this.internals._writeOpenSheetData !== 'function' ||
      typeof this.internals._writeColumns !== 'function' ||
      typeof this.internals._sheetCommentsWriter?.addComments !== 'function'
    ) {
      throw new Error('this exceljs version has no streaming worksheet internals to write rows into')
    }
  }

  /** The number of the row that row() returns next. */
  get rowNumber(): number {
    return this.next
  }

  row(): RowWriter {
    return new RowWriter(this.next++, this.styles, this)
  }

  skip(rows = 1): void {
    this.next += rows
  }

  nextSharedIndex(): number {
    return this.shared++
  }

  /** Cell notes go to exceljs's comments part of the sheet, written beside the rows. */
  addNotes(notes: NoteModel[]): void {
    if (notes.length === 0) return
    this.internals.hasComments = true
    this.internals._sheetCommentsWriter.addComments(notes)
  }

  append(xml: string): void {
    if (!xml) return
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = xml.length * 3
    if (this.used + most > this.chunk.length) {
      this.flush()
      if (most > this.chunk.length) this.chunk = Buffer.allocUnsafe(most)
    }
    this.used += this.chunk.write(xml, this.used)
  }

  private flush(): void {
    if (this.used === 0) return
    if (!this.internals.startedData) {
      this.internals._writeColumns()
      this.internals._writeOpenSheetData()
      this.internals.startedData = true
    }
    this.pending.push(this.internals.stream.write(this.chunk.subarray(0, this.used)))
    this.chunk = Buffer.allocUnsafe(CHUNK)
    this.used = 0
  }

  /**
   * Waits until the zip holds at most IN_FLIGHT chunks, so memory stays flat while the next
   * rows are built as the zip compresses the previous ones (on another thread).
   */
  async drain(): Promise<void> {
    while (this.pending.length > IN_FLIGHT) {
      const first = this.pending.shift()
      if (first instanceof Promise) await first
    }
  }

  /** Writes what is left and closes the sheet. */
  end(): void {
    this.flush()
    this.sheet.commit()
  }
}

interface HyperlinkInternals {
  _sheetRelsWriter: { _hyperlinks: { address: string; target: string; tooltip?: string }[] }
}

/**
 * Makes a cell a link to the top of another sheet of the workbook. exceljs's streaming writer only
 * links to web addresses from cells; an internal link is a `location` on the sheet's hyperlink list,
 * which it writes when the sheet is committed. It writes the links before the data validations,
 * against the schema's order, so a sheet with links must have no validations (Excel would repair it).
 */
export function linkToSheet(sheet: ExcelJS.Worksheet, address: string, target: string): void {
  const internals = sheet as unknown as Partial<HyperlinkInternals>
  const list = internals._sheetRelsWriter?._hyperlinks
  if (!Array.isArray(list)) throw new Error('this exceljs version has no streaming hyperlink list to add links to')
  list.push({ address, target: `'${target.replace(/'/g, "''")}'!A1`, tooltip: `Go to ${target}` })
}

/**
 * Merges a range of cells (written by RowWriter, the text in its first cell), e.g. a description
 * running across a table's columns. The streaming writer lists the merges when the sheet is committed.
 */
export function mergeCells(sheet: ExcelJS.Worksheet, range: string): void {
  const merges = (sheet as unknown as { _merges?: unknown[] })._merges
  if (!Array.isArray(merges)) throw new Error('this exceljs version has no streaming merge list to add to')
  merges.push({ toString: () => range })
}
