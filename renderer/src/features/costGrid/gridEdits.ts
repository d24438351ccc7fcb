/**
 * Turning clipboard text, Delete and fill into field edits, without touching the grid: the
 * caller passes the displayed layout. A paste is all or nothing: it is refused, with a message
 * naming the cell and the rule, if any target is computed, outside the grid or unreadable.
 */
import type { FieldEdit } from '../../../../shared/api/contract'
import { INPUT_COLUMNS_BY_ID, RESULT_COLUMNS_BY_ID, type InputColumn } from './columnSpecs'
import { clearedValue, parseCell, type FormatContext } from './fieldKinds'
import type { Rect } from './range'

export interface GridLayout {
  /** Displayed column ids, left to right (pinned name first). */
  columns: readonly string[]
  /** Number of displayed initiative rows (the pinned total excluded). */
  rowCount: number
  /** Initiative id and name of a displayed row. */
  rowAt(index: number): { id: string; name: string } | null
}

export type Plan =
  | { ok: true; edits: FieldEdit[]; label: string }
  | { ok: false; message: string; cell: { rowId: string; colId: string } | null }

const columnLabel = (colId: string): string =>
  INPUT_COLUMNS_BY_ID.get(colId)?.header ?? RESULT_COLUMNS_BY_ID.get(colId)?.header ?? colId

/** The input column behind `colId` when it can take typed or pasted text. */
function writableColumn(colId: string): InputColumn | null {
  const c = INPUT_COLUMNS_BY_ID.get(colId)
  return c && c.kind !== 'mix' ? c : null
}

export function planPaste(
  matrix: readonly (readonly string[])[],
  rect: Rect,
  layout: GridLayout,
  ctx: FormatContext,
): Plan {
  const height = matrix.length
  const width = Math.max(0, ...matrix.map((r) => r.length))
  if (height === 0 || width === 0) return { ok: false, message: 'The clipboard holds no cells to paste.', cell: null }
  // One value pasted over a selected block fills the block, as in a spreadsheet.
  const fill = height === 1 && width === 1 && (rect.bottom > rect.top || rect.right > rect.left)
  const rows = fill ? rect.bottom - rect.top + 1 : height
  const cols = fill ? rect.right - rect.left + 1 : width
  const first = layout.rowAt(rect.top)
  if (rect.top + rows > layout.rowCount) {
    return {
      ok: false,
      message: `The pasted block has ${rows} rows, but only ${layout.rowCount - rect.top} initiatives are shown from “${first?.name ?? ''}” down. Add initiatives first; nothing was pasted.`,
      cell: null,
    }
  }
  if (rect.left + cols > layout.columns.length) {
    return {
      ok: false,
      message: `The pasted block has ${cols} columns, more than the grid has to the right; nothing was pasted.`,
      cell: null,
    }
  }
  const edits: FieldEdit[] = []
  const refused: { line: string; cell: { rowId: string; colId: string } }[] = []
  for (let c = 0; c < cols; c++) {
    const colId = layout.columns[rect.left + c] ?? ''
    const column = writableColumn(colId)
    if (!column) {
      const why = INPUT_COLUMNS_BY_ID.has(colId) ? 'is edited in its own editor' : 'is computed'
      return {
        ok: false,
        message: `The paste would write into “${columnLabel(colId)}”, which ${why}; nothing was pasted.`,
        cell: null,
      }
    }
    for (let r = 0; r < rows; r++) {
      const row = layout.rowAt(rect.top + r)
      if (!row)
        return { ok: false, message: 'The paste reaches past the last initiative; nothing was pasted.', cell: null }
      const text = fill ? (matrix[0]?.[0] ?? '') : (matrix[r]?.[c] ?? '')
      const parsed = parseCell(column.kind, text, ctx)
      if (parsed.ok) edits.push({ id: row.id, field: column.field, value: parsed.value })
      else
        refused.push({
          line: `“${row.name}” · ${column.header} ${parsed.rule} (pasted “${text}”)`,
          cell: { rowId: row.id, colId },
        })
    }
  }
  // Every unreadable cell is named, so the clipboard's source is fixed in one go.
  if (refused.length > 0)
    return {
      ok: false,
      message: [...refused.map((r) => r.line), 'Nothing was pasted.'].join('\n'),
      cell: refused[0]?.cell ?? null,
    }
  return { ok: true, edits, label: fill ? `Fill ${rows}×${cols} cells` : `Paste ${rows}×${cols} cells` }
}

/** Delete over a selection: editable cells get their empty value; computed and select cells are left alone. */
export function planClear(rect: Rect, layout: GridLayout): FieldEdit[] {
  const edits: FieldEdit[] = []
  for (let c = rect.left; c <= rect.right; c++) {
    const column = writableColumn(layout.columns[c] ?? '')
    if (!column) continue
    const value = clearedValue(column.kind)
    if (value === null) continue
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row = layout.rowAt(r)
      if (row) edits.push({ id: row.id, field: column.field, value })
    }
  }
  return edits
}

/** Ctrl+D: the top row of the selection copied into the rows below it. */
export function planFillDown(
  rect: Rect,
  layout: GridLayout,
  valueAt: (rowId: string, field: string) => unknown,
): FieldEdit[] {
  const top = layout.rowAt(rect.top)
  if (!top) return []
  const edits: FieldEdit[] = []
  for (let c = rect.left; c <= rect.right; c++) {
    const column = writableColumn(layout.columns[c] ?? '')
    if (!column) continue
    const value = valueAt(top.id, column.field)
    for (let r = rect.top + 1; r <= rect.bottom; r++) {
      const row = layout.rowAt(r)
      if (row) edits.push({ id: row.id, field: column.field, value })
    }
  }
  return edits
}
