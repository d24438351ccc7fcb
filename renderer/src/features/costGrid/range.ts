import type { CellPos, CellRange } from './costGridSlice'

/** A normalised rectangle by displayed row index and displayed column position. */
export interface Rect {
  top: number
  bottom: number
  left: number
  right: number
}

export function rectOf(range: CellRange, columnOrder: readonly string[]): Rect | null {
  const a = columnOrder.indexOf(range.anchor.colId)
  const f = columnOrder.indexOf(range.focus.colId)
  if (a < 0 || f < 0) return null
  return {
    top: Math.min(range.anchor.rowIndex, range.focus.rowIndex),
    bottom: Math.max(range.anchor.rowIndex, range.focus.rowIndex),
    left: Math.min(a, f),
    right: Math.max(a, f),
  }
}

export function inRect(rect: Rect | null, rowIndex: number, colIndex: number): boolean {
  return (
    rect !== null && rowIndex >= rect.top && rowIndex <= rect.bottom && colIndex >= rect.left && colIndex <= rect.right
  )
}

export const singleCell = (pos: CellPos): CellRange => ({ anchor: pos, focus: pos })

export const isSingleCell = (r: Rect): boolean => r.top === r.bottom && r.left === r.right
