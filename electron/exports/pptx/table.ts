import type PptxGenJS from 'pptxgenjs'
import {
  addContentSlide,
  addText,
  boxHeight,
  clean,
  CONTENT_BOTTOM,
  CONTENT_W,
  contentTop,
  MARGIN_X,
  type Deck,
} from './frame'
import { fitText, linesHeight } from './textFit'

/**
 * Tables that continue on the next slide: each row's height is worked out from its wrapped text
 * (cells cut to their column's line limit with "…"), rows go on a slide while they fit above the
 * footer, the header repeats, and later slides are titled "(continued)". Past `maxPages`, the
 * rest is summed up in one closing line instead of running to dozens of slides.
 */

export interface Column {
  header: string
  /** Share of the table's width. */
  width: number
  align?: 'left' | 'right'
  /** Most lines a cell of this column takes. */
  maxLines: number
}

export interface Cell {
  text: string
  color?: string
  bold?: boolean
}

export interface PagedTable {
  title: string
  /** Notes of every slide of the table. */
  notes: string
  /** A note on one row, added to the notes of the slide that shows it (first, before `notes`). */
  rowNotes?: (row: number) => string
  /** Headline of the first slide. */
  headline?: string
  columns: readonly Column[]
  rows: readonly (readonly Cell[])[]
  /** Font sizes to try, largest first: the first that needs the fewest slides is used. */
  fontSizes?: readonly number[]
  maxPages?: number
  /** The closing line when rows were left out: given how many. */
  rest?: (leftOut: number) => string
  /** Text below the table on its last slide (at most two lines). */
  footnote?: string
  /** Where the table goes across the slide; the content width by default. */
  at?: { x: number; w: number }
  /** Draws what sits beside the table on each of its slides. */
  beside?: (slide: PptxGenJS.Slide, top: number, page: number) => void
}

/** Cell padding in inches (top/bottom, left/right). */
const PAD_Y = 0.04
const PAD_X = 0.07
const NOTE_SIZE = 10

interface LaidRow {
  cells: { text: string; cell: Cell }[]
  height: number
}

function layRow(cells: readonly Cell[], columns: readonly Column[], widths: readonly number[], size: number): LaidRow {
  let lines = 1
  const laid = columns.map((col, i) => {
    const cell = cells[i] ?? { text: '' }
    const fitted = fitText(clean(cell.text), (widths[i] ?? 1) - 2 * PAD_X, size, col.maxLines, cell.bold ?? false)
    lines = Math.max(lines, fitted.lines)
    return { text: fitted.text, cell }
  })
  // A little more than the text needs: renderers round line heights up.
  return { cells: laid, height: linesHeight(lines, size) + 2 * PAD_Y + 0.03 }
}

interface Layout {
  size: number
  header: LaidRow
  rows: LaidRow[]
  /** Row indexes on each slide. */
  pages: number[][]
  leftOut: number
}

/** Where the table sits across the slide. */
const placeOf = (table: PagedTable): { x: number; w: number } => table.at ?? { x: MARGIN_X, w: CONTENT_W }

/** Lines a table's footnote may take under its last slide's rows. */
const FOOTNOTE_LINES = 4

/** The table's footnote fitted to its width. */
const footnoteOf = (table: PagedTable): { text: string; lines: number } =>
  fitText(table.footnote ?? '', placeOf(table).w - 0.1, NOTE_SIZE, FOOTNOTE_LINES)

/** Splits the rows into slides at one font size. */
function layout(table: PagedTable, size: number): Layout {
  const widths = table.columns.map((c) => c.width * placeOf(table).w)
  const header = layRow(
    table.columns.map((c) => ({ text: c.header, bold: true })),
    table.columns,
    widths,
    size,
  )
  // Rows are laid out as they are placed: past the last slide only their number matters.
  const rows: LaidRow[] = []
  const rowAt = (i: number): LaidRow => (rows[i] ??= layRow(table.rows[i] ?? [], table.columns, widths, size))
  const footnote = table.footnote ? boxHeight(footnoteOf(table).lines, NOTE_SIZE) + 0.08 : 0
  const closing = boxHeight(1, NOTE_SIZE) + 0.08
  const maxPages = table.maxPages ?? 6
  const pages: number[][] = []
  let next = 0
  while (pages.length === 0 || next < table.rows.length) {
    const last = pages.length === maxPages - 1
    const top = contentTop(pages.length === 0 ? table.headline : undefined)
    let room = CONTENT_BOTTOM - top - header.height - footnote - (last ? closing : 0)
    const page: number[] = []
    while (next < table.rows.length) {
      const h = rowAt(next).height
      if (h > room && page.length > 0) break
      page.push(next)
      room -= h
      next += 1
    }
    pages.push(page)
    if (last) break
  }
  return { size, header, rows, pages, leftOut: table.rows.length - next }
}

function tableRow(
  deck: Deck,
  row: LaidRow,
  columns: readonly Column[],
  header: boolean,
  shade: boolean,
): PptxGenJS.TableRow {
  return row.cells.map(({ text, cell }, i) => ({
    text,
    options: {
      bold: header || (cell.bold ?? false),
      color: header ? deck.look.onPrimary : (cell.color ?? deck.look.ink),
      fill: { color: header ? deck.look.primary : shade ? deck.look.panel : 'FFFFFF' },
      align: columns[i]?.align ?? 'left',
      valign: 'top',
    },
  }))
}

/** Draws the header and rows at `at` with the heights worked out for them; returns the table's height. */
function drawTable(
  deck: Deck,
  slide: PptxGenJS.Slide,
  at: { x: number; y: number; w: number },
  columns: readonly Column[],
  header: LaidRow,
  rows: readonly LaidRow[],
  size: number,
): number {
  slide.addTable(
    [
      tableRow(deck, header, columns, true, false),
      ...rows.map((r, i) => tableRow(deck, r, columns, false, i % 2 === 1)),
    ],
    {
      ...at,
      colW: columns.map((c) => c.width * at.w),
      rowH: [header.height, ...rows.map((r) => r.height)],
      fontFace: deck.look.font,
      fontSize: size,
      margin: [PAD_Y, PAD_X, PAD_Y, PAD_X],
      border: { type: 'solid', color: deck.look.rule, pt: 0.5 },
      autoPage: false,
    },
  )
  return header.height + rows.reduce((sum, r) => sum + r.height, 0)
}

/** Adds the table's slides; returns how many. */
export function addPagedTable(deck: Deck, table: PagedTable): number {
  // The size that leaves out the fewest rows, then needs the fewest slides; the largest among equals.
  const layouts = (table.fontSizes ?? [11]).map((size) => layout(table, size))
  const better = (a: Layout, b: Layout): boolean =>
    a.leftOut < b.leftOut || (a.leftOut === b.leftOut && a.pages.length < b.pages.length)
  const { size, header, rows, pages, leftOut } = layouts.reduce((best, l) => (better(l, best) ? l : best))
  const { x, w } = placeOf(table)
  pages.forEach((indexes, page) => {
    const { slide, top } = addContentSlide(
      deck,
      page === 0 ? table.title : `${table.title} (continued)`,
      [...indexes.map((i) => table.rowNotes?.(i) ?? '').filter((n) => n !== ''), table.notes].join('\n'),
      page === 0 ? table.headline : undefined,
    )
    table.beside?.(slide, top, page)
    const pageRows = indexes.map((i) => rows[i] as LaidRow)
    let y = top
    // A table without rows is only its headline and footnote.
    if (pageRows.length > 0) y += drawTable(deck, slide, { x, y: top, w }, table.columns, header, pageRows, size) + 0.08
    const isLast = page === pages.length - 1
    if (isLast && leftOut > 0) {
      const text = table.rest ? table.rest(leftOut) : `${leftOut} more rows are not shown.`
      const h = boxHeight(1, NOTE_SIZE)
      addText(
        deck,
        slide,
        fitText(text, w - 0.1, NOTE_SIZE, 1).text,
        { x, y, w, h },
        { size: NOTE_SIZE, italic: true, color: deck.look.muted },
      )
      y += h + 0.08
    }
    if (isLast && table.footnote) {
      const fitted = footnoteOf(table)
      addText(
        deck,
        slide,
        fitted.text,
        { x, y, w, h: boxHeight(fitted.lines, NOTE_SIZE) },
        { size: NOTE_SIZE, color: deck.look.muted },
      )
    }
  })
  return pages.length
}

/** A table that fits where it is put (a few rows beside a chart): header and cells wrapped as their columns allow. Returns its height. */
export function addTableAt(
  deck: Deck,
  slide: PptxGenJS.Slide,
  at: { x: number; y: number; w: number },
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  size = 11,
): number {
  const widths = columns.map((c) => c.width * at.w)
  const header = layRow(
    columns.map((c) => ({ text: c.header, bold: true })),
    columns.map((c) => ({ ...c, maxLines: 2 })),
    widths,
    size,
  )
  const laid = rows.map((r) => layRow(r, columns, widths, size))
  return drawTable(deck, slide, at, columns, header, laid, size)
}
