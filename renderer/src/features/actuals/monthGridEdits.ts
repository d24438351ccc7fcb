import { parseAmount } from '../../../../shared/imports/numberText'
import { parseTsv } from '../costGrid/tsv'

/** One edited cell of a month grid: a row (initiative and what it measures) and a month; null empties it. */
export interface MonthCellEdit {
  rowId: string
  month: string
  value: number | null
}

export type PastePlan = { ok: true; edits: MonthCellEdit[] } | { ok: false; message: string }

/**
 * A block pasted from a spreadsheet, laid over the grid from the cell at (`rowIndex`, `monthIndex`):
 * every cell read as an amount ("1,200", "$3.5k", "(500)"), an empty cell empties its target. All or
 * nothing: a cell that is no number, or a block reaching past the grid, refuses the whole paste and
 * says which cell.
 */
export function planMonthPaste(
  text: string,
  at: { rowIndex: number; monthIndex: number },
  rows: readonly { id: string; label: string }[],
  months: readonly string[],
): PastePlan {
  const pasted = parseTsv(text)
  if (!pasted.ok) return { ok: false, message: `Nothing was pasted. ${pasted.message}` }
  const block = pasted.rows.map((r) => r.cells)
  const height = block.length
  const width = Math.max(0, ...block.map((r) => r.length))
  if (at.rowIndex + height > rows.length || at.monthIndex + width > months.length)
    return {
      ok: false,
      message: `Nothing was pasted: the block of ${String(height)} × ${String(width)} cells reaches past the grid from the cell chosen.`,
    }
  const edits: MonthCellEdit[] = []
  for (let r = 0; r < height; r++) {
    const row = rows[at.rowIndex + r]
    for (let c = 0; c < width; c++) {
      const month = months[at.monthIndex + c]
      if (!row || !month) continue
      const text = (block[r]?.[c] ?? '').trim()
      if (text === '') {
        edits.push({ rowId: row.id, month, value: null })
        continue
      }
      const read = parseAmount(text)
      if (!read.ok)
        return {
          ok: false,
          message: `Nothing was pasted: ${row.label} · ${month} ${read.rule} (the cell holds “${text}”).`,
        }
      edits.push({ rowId: row.id, month, value: read.value })
    }
  }
  return { ok: true, edits }
}
